using System.Text;
using Markdig.Helpers;

namespace Briefings.Markdown;

/// <summary>A URL part escaped for an <c>href</c> as Markdig escapes link addresses, for links whose attribute is written later.</summary>
public static class UrlEscaping
{
    public static string Escape(string url)
    {
        var builder = new StringBuilder(url.Length);
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c < 128)
            {
                builder.Append(HtmlHelper.EscapeUrlCharacter(c) ?? c.ToString());
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < url.Length ? 2 : 1;
            foreach (var b in Encoding.UTF8.GetBytes(url.ToCharArray(i, length))) builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            i += length - 1;
        }
        return builder.ToString();
    }
}
