using System.IO.Enumeration;

namespace Briefings.Output;

/// <summary>
/// What a build keeps in its output folder although it did not write it (<c>keep:</c> in site.yml): glob patterns
/// relative to the output's root, <c>/</c> between folders, <c>*</c> and <c>?</c> within a name, <c>**</c> for any
/// number of folders. A pattern naming a folder keeps everything in it. <see cref="Defaults"/> are always kept;
/// the site's patterns add to them.
/// </summary>
public sealed record KeepPatterns(IReadOnlyList<string> Patterns)
{
    /// <summary>What a GitHub Pages branch holds besides the site: the clone's <c>.git</c>, the custom domain, Jekyll turned off.</summary>
    public static IReadOnlyList<string> Defaults { get; } = [".git", "CNAME", ".nojekyll"];

    public static KeepPatterns Default { get; } = new(Defaults);

    /// <summary>The defaults and the site's own patterns.</summary>
    public static KeepPatterns With(IEnumerable<string> patterns) => new([.. Defaults, .. patterns.Where(p => !Defaults.Contains(p, StringComparer.Ordinal))]);

    /// <param name="path">Relative to the output's root, with <c>/</c>.</param>
    public bool Matches(string path)
    {
        var segments = path.Split('/');
        foreach (var pattern in Patterns)
        {
            var parts = pattern.Trim('/').Split('/');
            // A match on the path or on any folder holding it: a kept folder is kept whole.
            for (var length = 1; length <= segments.Length; length++)
            {
                if (Match(parts, segments.AsSpan(0, length))) return true;
            }
        }
        return false;
    }

    /// <returns>Why <paramref name="pattern"/> cannot be a keep pattern, or null.</returns>
    public static string? Problem(string pattern)
    {
        if (pattern.Contains('\\')) return "use / between folders, not \\";
        if (pattern.StartsWith('/') || Path.IsPathRooted(pattern)) return "patterns are relative to the output folder, so they do not start with /";
        if (pattern.Split('/').Any(s => s is ".." or ".")) return "a pattern cannot name . or .. (it stays inside the output folder)";
        if (pattern.Trim('/').Length == 0) return "a pattern cannot be empty";
        return null;
    }

    private static bool Match(ReadOnlySpan<string> pattern, ReadOnlySpan<string> path)
    {
        while (true)
        {
            if (pattern.IsEmpty) return path.IsEmpty;
            if (pattern[0] == "**")
            {
                for (var skip = 0; skip <= path.Length; skip++)
                {
                    if (Match(pattern[1..], path[skip..])) return true;
                }
                return false;
            }
            if (path.IsEmpty || !FileSystemName.MatchesSimpleExpression(pattern[0], path[0], ignoreCase: RealPath.Comparison == StringComparison.OrdinalIgnoreCase)) return false;
            pattern = pattern[1..];
            path = path[1..];
        }
    }
}
