using System.Net;
using System.Text;
using Briefings.Markdown;

namespace Briefings.Search;

/// <summary>
/// The words of a body's HTML as a reader sees them, for the search index and its snippets: tags dropped (a block's
/// end separates words, an inline element's does not), the contents of <c>script</c> and <c>style</c> dropped,
/// entities decoded, link slots (<see cref="BodyHtml"/>) removed, runs of white space made one space.
/// </summary>
public static class HtmlPlainText
{
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    /// <summary>The class of the definition <c>GlossaryLinkRenderer</c> writes after a term's link, for its tooltip.</summary>
    private const string TooltipClass = "class=\"term-tip\"";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InlineNames = Inline.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Of(string html) => Of(html, new StringBuilder(html.Length)).ToString();

    /// <summary>Appends the text of <paramref name="html"/> to <paramref name="text"/> (a builder reused across bodies, so
    /// 10,000 bodies do not each grow one of their own).</summary>
    public static StringBuilder Of(string html, StringBuilder text)
    {
        var space = false;
        void Append(ReadOnlySpan<char> part)
        {
            foreach (var c in part)
            {
                if (char.IsWhiteSpace(c)) space = text.Length > 0;
                else
                {
                    if (space) text.Append(' ');
                    space = false;
                    text.Append(c);
                }
            }
        }

        var i = 0;
        while (i < html.Length)
        {
            var next = html.AsSpan(i).IndexOfAny('<', '&', BodyHtml.Slot);
            if (next < 0)
            {
                Append(html.AsSpan(i));
                break;
            }
            Append(html.AsSpan(i, next));
            i += next;
            switch (html[i])
            {
                case BodyHtml.Slot:
                    i += 2;
                    break;
                case '&':
                    var end = html.IndexOf(';', i);
                    if (end > i && end - i <= 32)
                    {
                        Append(WebUtility.HtmlDecode(html.Substring(i, end - i + 1)));
                        i = end + 1;
                    }
                    else
                    {
                        Append("&");
                        i++;
                    }
                    break;
                default:
                    var close = html.IndexOf('>', i);
                    if (close < 0) { i = html.Length; break; }
                    var name = TagName(html.AsSpan(i + 1, close - i - 1), out var closing);
                    if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
                    {
                        var ends = html.IndexOf("</" + name.ToString(), close + 1, StringComparison.OrdinalIgnoreCase);
                        var gt = ends < 0 ? -1 : html.IndexOf('>', ends);
                        close = gt < 0 ? html.Length - 1 : gt;
                    }
                    else if (!closing && html.AsSpan(i, close - i).Contains(TooltipClass, StringComparison.Ordinal))
                    {
                        // A glossary term's tooltip repeats its definition inside the sentence: not the body's words.
                        var ends = html.IndexOf("</span>", close + 1, StringComparison.Ordinal);
                        close = ends < 0 ? html.Length - 1 : ends + "</span>".Length - 1;
                    }
                    if (!InlineNames.Contains(name)) space = text.Length > 0;
                    i = close + 1;
                    break;
            }
        }
        return text;
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag, out bool closing)
    {
        closing = tag.Length > 0 && tag[0] == '/';
        if (closing) tag = tag[1..];
        var length = 0;
        while (length < tag.Length && char.IsAsciiLetterOrDigit(tag[length])) length++;
        return tag[..length];
    }
}
