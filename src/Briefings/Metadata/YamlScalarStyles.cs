using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Briefings.Metadata;

/// <summary>
/// How <see cref="FrontMatterWriter"/> writes each text so that it reads back as the same text: plain when
/// that is unambiguous for any YAML reader, else quoted (or a literal block for lines of text). YamlDotNet's
/// emitter checks YAML syntax but not what a plain scalar means (<c>yes</c>, <c>null</c>, <c>1e3</c>), hence
/// this stricter choice; the emitter may still quote what is asked plain, never the reverse.
/// </summary>
internal static partial class YamlScalarStyles
{
    // Punctuation that cannot start or end a YAML token or change what a plain scalar means, inside a text.
    private const string SafePunctuation = " .,;!?-_/()’'«»–—&+";

    // Words that YAML 1.1 or 1.2 readers take for null or a boolean when plain.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    public static ScalarStyle For(string text)
    {
        if (CanBePlain(text)) return ScalarStyle.Plain;
        if (text.Contains('\n')) return CanBeLiteral(text) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
        // Single quotes show the text as is; double quotes are needed to escape control characters.
        if (text.Any(IsControlOrBreak)) return ScalarStyle.DoubleQuoted;
        return text.Contains('\'') && !text.Contains('"') ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
    }

    /// <summary>A date, EDTF or yyyy-mm-dd: plain, as the README writes dates, when made of date characters only.</summary>
    public static ScalarStyle ForDate(string text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '.') && text.All(c => char.IsAsciiDigit(c) || "X-/.~?%".Contains(c))
            ? ScalarStyle.Plain
            : For(text);

    /// <summary>An http(s) address: plain when it is one token of URL characters (a ':' or '#' inside a token
    /// does not start a key or a comment), as people write them.</summary>
    public static ScalarStyle ForUrl(string text) =>
        UrlToken().IsMatch(text) ? ScalarStyle.Plain : For(text);

    [GeneratedRegex(@"^https?://[A-Za-z0-9\-._~:/?#@!$&'()*+;=%]*[A-Za-z0-9\-_~/?#@!$&'()*+;=%]$")]
    private static partial Regex UrlToken();

    private static bool CanBePlain(string text)
    {
        if (text.Length == 0 || !char.IsLetterOrDigit(text[0]) || text[^1] == ' ') return false;
        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || IsMark(c) || SafePunctuation.Contains(c))) return false;
        }
        return !Reserved.Contains(text) && !LooksLikeANumber(text);
    }

    /// <summary>Numbers in any YAML reader's eyes (<c>1e3</c>, <c>0x1F</c>, <c>1_000</c>, <c>2022-04-01</c>), and
    /// whatever <see cref="YamlValues.ToPlain"/> would read as one (<c>Infinity</c>, <c>NaN</c>).</summary>
    private static bool LooksLikeANumber(string text) =>
        (char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || "._:+-".Contains(c)))
        || double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _);

    // A literal block keeps every character as written, but only \n for line ends, and no escapes.
    private static bool CanBeLiteral(string text) =>
        !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
        && !text.Any(c => (IsControlOrBreak(c) && c != '\n') || char.IsSurrogate(c) || c == '\uFEFF');

    private static bool IsControlOrBreak(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
