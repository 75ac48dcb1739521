using System.Text.RegularExpressions;

namespace Briefings.Import;

/// <summary>
/// Reads the last non-empty line of an article when it names the article and its publication, as newsletters and
/// excerpts end: <c>La suite ici : TITRE | SOURCE</c>, <c>Lire la suite : …</c>, <c>Source : …</c>,
/// <c>Read more: TITLE | SOURCE</c>, <c>Continue reading…</c>. The title may hold <c> : </c> itself, so only the first
/// colon after the lead-in ends it, and title and source part at the <b>last</b> <c>|</c> (a title may hold one, a
/// publication's name seldom does). Without a <c>|</c>, <c>Source :</c>, <c>Via :</c> and a lead-in ending in <c>at</c>/<c>on</c>/<c>sur</c> give a source, the others a title.
/// </summary>
public static partial class SourceLineReader
{
    public static SourceLine? Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var index = lines.Length - 1;
        while (index >= 0 && lines[index].Trim().Length == 0) index--;
        if (index < 0) return null;
        var line = lines[index].Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();
        var match = LeadIn().Match(line);
        if (!match.Success) return null;
        var lead = match.Groups["lead"].Value;
        var rest = match.Groups["rest"].Value.Trim();
        var bar = rest.LastIndexOf('|');
        string? title, source;
        if (bar >= 0)
        {
            (title, source) = (rest[..bar].Trim(), rest[(bar + 1)..].Trim());
        }
        else if (lead.StartsWith("source", StringComparison.OrdinalIgnoreCase) || lead.StartsWith("via", StringComparison.OrdinalIgnoreCase)
            || lead.StartsWith("more at", StringComparison.OrdinalIgnoreCase) || NamesAPlace(lead))
        {
            (title, source) = (null, rest);
        }
        else
        {
            (title, source) = (rest, null);
        }
        title = Empty(title);
        source = Empty(source);
        return title is null && source is null ? null : new SourceLine(title, source, index + 1, lead);
    }

    // "Read more at: X", "La suite sur : X": X is where, not what.
    private static bool NamesAPlace(string lead) =>
        lead.EndsWith(" at", StringComparison.OrdinalIgnoreCase) || lead.EndsWith(" on", StringComparison.OrdinalIgnoreCase) || lead.EndsWith(" sur", StringComparison.OrdinalIgnoreCase);

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex(@"^(?<lead>la suite ici|lire la suite(?: ici| sur)?|la suite sur|la suite|suite ici|sources?|via|read more(?: at| on)?|read the full (?:article|story)(?: at| on)?|continue reading(?: at| on)?|more at|full (?:article|story)(?: at| on)?)\s*(?:(?:…|\.{3})\s*[:：]?|[:：])\s*(?<rest>\S.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();
}
