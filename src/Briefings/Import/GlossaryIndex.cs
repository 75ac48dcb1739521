using Briefings.Assembling;
using Briefings.Glossary;
using Briefings.Model;

namespace Briefings.Import;

/// <summary>
/// The site's glossary as the importer asks it: is this phrase one of its terms, and which terms does a text mention.
/// Uses the build's own <see cref="TermMatcher"/>, so a suggestion is "already in the glossary" exactly when the build
/// would link it.
/// </summary>
public sealed class GlossaryIndex
{
    private readonly TermMatcher _matcher;
    private readonly Dictionary<string, GlossaryTerm> _terms;

    public GlossaryIndex(IReadOnlyList<GlossaryTerm> terms)
    {
        _terms = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var term in terms) _terms.TryAdd(term.Id, term);
        _matcher = TermMatcher.Build(GlossaryAssembler.Forms(_terms.Values));
    }

    public static GlossaryIndex Empty { get; } = new([]);

    public int Count => _terms.Count;

    /// <summary>The term a whole phrase is a form of, or null.</summary>
    public GlossaryHit? Find(string phrase)
    {
        var trimmed = phrase.Trim();
        if (trimmed.Length == 0 || _terms.Count == 0) return null;
        var matches = _matcher.FindAll(trimmed);
        return matches.Count == 1 && matches[0].Start == 0 && matches[0].Length == trimmed.Length ? Hit(matches[0].TermId) : null;
    }

    /// <summary>The terms a text mentions, in the order first mentioned, each with the form first found.</summary>
    public IReadOnlyList<(GlossaryHit Term, string Form)> Mentions(string text)
    {
        if (_terms.Count == 0) return [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(GlossaryHit, string)>();
        foreach (var match in _matcher.FindAll(text))
        {
            if (seen.Add(match.TermId)) found.Add((Hit(match.TermId), text.Substring(match.Start, match.Length)));
        }
        return found;
    }

    private GlossaryHit Hit(string id)
    {
        var term = _terms[id];
        return new GlossaryHit(term.Id, term.Term, term.Abbreviation, term.Aliases);
    }
}
