using System.Globalization;
using System.Text;

namespace Briefings.Rendering.Views;

/// <summary>The index letter of a term: its first letter without accent, so <c>Élysée</c> files under E.</summary>
public static class GlossaryLetters
{
    public static string Of(string term)
    {
        var first = term.FirstOrDefault(char.IsLetterOrDigit);
        if (first > '\u007F') first = first.ToString().Normalize(NormalizationForm.FormD)[0]; // É → E (one BMP letter: never a broken pair)
        if (char.IsDigit(first)) return "0–9";
        if (!char.IsLetter(first)) return "#";
        // Latin letters fold as in slugs (Æ files under A, Œ under O); other scripts keep their own letters.
        var latin = first <= '\u024F' ? Text.Slug.From(first.ToString()) : "";
        return char.ToUpper(latin.Length > 0 ? latin[0] : first, CultureInfo.InvariantCulture).ToString();
    }

    public static IReadOnlyList<GlossaryLetterView> Group(IReadOnlyList<GlossaryTermView> sortedTerms) =>
        sortedTerms
            .GroupBy(t => Of(t.Term))
            .Select(g => new GlossaryLetterView(g.Key, "_" + Id(g.Key), g.ToList()))
            .ToList();

    private static string Id(string letter) => letter switch
    {
        "0–9" => "digits",
        "#" => "other",
        _ => letter.ToLowerInvariant(),
    };
}
