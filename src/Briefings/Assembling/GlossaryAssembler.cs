using Briefings.Diagnostics;
using Briefings.Glossary;
using Briefings.Localization;
using Briefings.Model;

namespace Briefings.Assembling;

/// <summary>Checks the glossary (unique ids, known see-also ids, no form claimed by two terms) and sorts it.</summary>
public static class GlossaryAssembler
{
    public static SiteGlossary Assemble(IReadOnlyList<GlossaryTerm> terms, string language, DiagnosticBag diagnostics)
    {
        var byId = UniqueIds.Keep(terms, t => t.Id, t => t.Location, "term", diagnostics);

        foreach (var term in byId.Values)
        {
            foreach (var reference in term.SeeAlso.Where(r => !byId.ContainsKey(r.Slug)))
            {
                var suggestion = Metadata.Suggestions.Closest(reference.Slug, byId.Keys);
                diagnostics.Error(DiagnosticCodes.UnknownReference, reference.Location,
                    $"no glossary term has the id '{reference.Slug}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
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

    private static void ReportConflicts(IEnumerable<GlossaryTerm> terms, DiagnosticBag diagnostics)
    {
        var where = new Dictionary<TermForm, SourceLocation>();
        foreach (var term in terms)
        {
            foreach (var (text, caseSensitive, location) in term.Forms) where[new TermForm(text, term.Id, caseSensitive)] = location;
        }
        foreach (var (first, second) in TermMatcher.FindConflicts(where.Keys))
        {
            var (a, b) = Compare(where[first], where[second]) <= 0 ? (first, second) : (second, first);
            diagnostics.Error(DiagnosticCodes.DuplicateForm, where[b],
                $"'{b.Text}' is already a form of the term '{a.TermId}' ({where[a]}); a form can belong to one term only");
        }
    }

    private static int Compare(SourceLocation x, SourceLocation y) =>
        (string.CompareOrdinal(x.Path, y.Path), x.Line.CompareTo(y.Line), x.Column.CompareTo(y.Column)) switch
        {
            (not 0 and var p, _, _) => p,
            (_, not 0 and var l, _) => l,
            (_, _, var c) => c,
        };
}
