using Briefings.Metadata;

namespace Briefings.Cli;

/// <summary>The command or option a mistyped word most likely meant: within two edits (<c>buidl</c> → <c>build</c>,
/// <c>--darfts</c> → <c>--drafts</c>), or the only one it begins (<c>chec</c> → <c>check</c>).</summary>
public static class DidYouMean
{
    public const int MaxEdits = 2;

    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        var word = typed.ToLowerInvariant();
        if (word.Length > Suggestions.MaxWordLength) return null;
        var names = candidates.Distinct(StringComparer.Ordinal).ToList();
        var best = names
            .Select(name => (Name: name, Distance: Suggestions.Distance(word, name)))
            .Where(c => c.Distance <= Math.Min(MaxEdits, Math.Max(1, c.Name.TrimStart('-').Length / 2)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Name is not null) return best.Name;
        var bare = word.TrimStart('-');
        if (bare.Length < 2) return null;
        var prefixed = names.Where(n => n.TrimStart('-').StartsWith(bare, StringComparison.Ordinal)).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }
}
