using Briefings.Diagnostics;
using Briefings.Glossary;
using Briefings.Localization;
using Briefings.Model;

namespace Briefings.Assembling;

/// <summary>Checks the glossary (unique ids, known see-also ids, no form claimed by two terms) and sorts it.</summary>
public static class GlossaryAssembler
{
    /// <summary>Unknown ids that get a "did you mean": past these, a site with thousands of wrong ids is not made to wait.</summary>
    private const int MaxGuesses = 500;

    public static SiteGlossary Assemble(IReadOnlyList<GlossaryTerm> terms, string language, DiagnosticBag diagnostics)
    {
        var byId = UniqueIds.Keep(terms, t => t.Id, t => t.Location, "term", diagnostics);

        // Each unknown id is guessed at once, and only the first few hundred: every guess reads every id.
        var guesses = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var term in byId.Values)
        {
            foreach (var reference in term.SeeAlso.Where(r => !byId.ContainsKey(r.Slug)))
            {
                if (!guesses.TryGetValue(reference.Slug, out var suggestion) && guesses.Count < MaxGuesses)
                {
                    guesses[reference.Slug] = suggestion = Metadata.Suggestions.Closest(reference.Slug, byId.Keys);
                }
                diagnostics.Error(DiagnosticCodes.UnknownReference, reference.Location,
                    $"no glossary term has the id '{Shorten(reference.Slug)}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            }
        }

        ReportConflicts(byId.Values, diagnostics);

        var collation = Cultures.Collation(language);
        var sorted = byId.Values
            .Select(t => t with { SeeAlso = t.SeeAlso.Where(r => byId.ContainsKey(r.Slug)).ToList() })
            .OrderBy(t => t.Term, collation)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        return new SiteGlossary(sorted);
    }

    /// <summary>The forms the matcher will look for, one entry per written form.</summary>
    public static IEnumerable<TermForm> Forms(IEnumerable<GlossaryTerm> terms) =>
        terms.SelectMany(t => t.Forms.Select(f => new TermForm(f.Text, t.Id, f.CaseSensitive)));

    /// <summary>Forms claimed by more than one term, one error per form however many claim it (3,000 terms sharing an
    /// alias once printed 4.5 million lines): at the second claim, naming the first few and how many there are.</summary>
    /// <remarks>Linear: forms are grouped by their folded text. Two claims clash when written alike, or when both ignore
    /// case (an abbreviation keeps its exact case, AS, beside a word of the same letters, as).</remarks>
    private static void ReportConflicts(IEnumerable<GlossaryTerm> terms, DiagnosticBag diagnostics)
    {
        var groups = new Dictionary<string, List<(TermForm Form, SourceLocation At)>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var (text, caseSensitive, location) in term.Forms)
            {
                var normalized = TermText.NormalizeForm(text);
                var key = string.Create(normalized.Length, normalized, static (span, n) => { for (var i = 0; i < n.Length; i++) span[i] = TermText.Fold(n[i]); });
                if (!groups.TryGetValue(key, out var group)) groups[key] = group = [];
                group.Add((new TermForm(text, term.Id, caseSensitive), location));
            }
        }
        foreach (var group in groups.Values.Where(g => g.Count > 1))
        {
            var clashing = Clashing(group);
            clashing.Sort((x, y) => Compare(x.At, y.At));
            clashing = clashing.DistinctBy(c => c.Form.TermId, StringComparer.Ordinal).ToList();
            if (clashing.Count < 2) continue;
            var (first, second) = (clashing[0], clashing[1]);
            var message = clashing.Count == 2
                ? $"'{second.Form.Text}' is already a form of the term '{first.Form.TermId}' ({first.At}); a form can belong to one term only"
                : $"'{second.Form.Text}' is claimed by {clashing.Count:N0} terms: "
                  + string.Join(", ", clashing.Take(3).Select(c => $"'{c.Form.TermId}' ({c.At})"))
                  + (clashing.Count > 3 ? $" and {clashing.Count - 3:N0} more" : "") + "; a form can belong to one term only";
            diagnostics.Error(DiagnosticCodes.DuplicateForm, second.At, message);
        }
    }

    /// <summary>The claims of one folded text that clash with a claim of another term.</summary>
    private static List<(TermForm Form, SourceLocation At)> Clashing(List<(TermForm Form, SourceLocation At)> group)
    {
        var clashing = new HashSet<int>();
        void AddIfTwoTerms(IEnumerable<int> claims)
        {
            var list = claims.ToList();
            if (list.Select(i => group[i].Form.TermId).Distinct(StringComparer.Ordinal).Skip(1).Any()) clashing.UnionWith(list);
        }
        AddIfTwoTerms(Enumerable.Range(0, group.Count).Where(i => !group[i].Form.CaseSensitive));
        foreach (var alike in Enumerable.Range(0, group.Count).GroupBy(i => TermText.NormalizeForm(group[i].Form.Text), StringComparer.Ordinal))
        {
            AddIfTwoTerms(alike);
        }
        return clashing.Select(i => group[i]).ToList();
    }

    private static string Shorten(string id) => id.Length <= 60 ? id : id[..60] + "…";

    private static int Compare(SourceLocation x, SourceLocation y) =>
        (string.CompareOrdinal(x.Path, y.Path), x.Line.CompareTo(y.Line), x.Column.CompareTo(y.Column)) switch
        {
            (not 0 and var p, _, _) => p,
            (_, not 0 and var l, _) => l,
            (_, _, var c) => c,
        };
}
