using System.Net;
using System.Text.RegularExpressions;

namespace Briefings.Glossary;

/// <summary>The few words of a definition shown beside a term's mention: plain text, its first sentence when long.</summary>
public static partial class ShortDefinition
{
    public const int MaxLength = 200;

    /// <summary>From the definition already rendered to HTML (by <see cref="Markdown.MetadataMarkdown"/>, so it holds no raw HTML of its own).</summary>
    public static string FromHtml(string html)
    {
        var text = WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, ""), " ")).Trim();
        if (text.Length <= MaxLength) return text;
        var sentenceEnd = text.IndexOf(". ", StringComparison.Ordinal);
        if (sentenceEnd > 0 && sentenceEnd < MaxLength) return text[..(sentenceEnd + 1)];
        var cut = text.LastIndexOf(' ', MaxLength);
        return text[..(cut > 0 ? cut : MaxLength)] + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    // Runs of spacing become one space, but the no-break spaces of French typography stay where they hold a mark to its word.
    [GeneratedRegex(@"[\s-[\u00A0\u202F]]+")]
    private static partial Regex Spaces();
}
