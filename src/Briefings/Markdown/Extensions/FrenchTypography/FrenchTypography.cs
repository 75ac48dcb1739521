using Briefings.Text;

namespace Briefings.Markdown.Extensions.FrenchTypography;

/// <summary>When French typography applies, and the same rules for plain texts (titles, summaries, names) that templates escape.</summary>
public static class FrenchTypography
{
    /// <summary><c>fr</c>, <c>fr-BE</c>, <c>FR-ca</c>: French, typeset; any other language is left as written.</summary>
    public static bool IsFrench(string? language) =>
        language is not null && LanguageTag.Primary(language.Trim()).Equals("fr", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="text"/> typeset when <paramref name="enabled"/> and French, else as is. Ordinals stay on the line: a
    /// title is also written where markup cannot go (<c>&lt;title&gt;</c>, attributes, feeds).
    /// </summary>
    public static string? Text(string? text, string? language, bool enabled) =>
        text is null || !enabled || !IsFrench(language) ? text : new FrenchTypesetter().Text(text);
}
