using System.Globalization;
using System.Text;

namespace Briefings.Import;

/// <summary>
/// Texts as the sidecar writes them: always double-quoted, so no title (<c>Diplomatie : …</c>, <c>#1</c>, <c>yes</c>,
/// <c>- x</c>) is read as anything but a text, with the escapes YAML defines for what a line may not hold.
/// </summary>
public static class YamlText
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF':
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    // A pair (an emoji, a flag's letters): one character beyond the first 65,536, written as it is.
                    builder.Append(c).Append(text[++i]);
                    break;
                default:
                    // A lone surrogate has no UTF-8 form: YAML cannot hold it either.
                    builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A text for a comment: on one line, without what would end the line.</summary>
    public static string Comment(string text) => Excerpt.Collapse(new string(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c).ToArray()));
}
