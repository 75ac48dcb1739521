using System.Xml;

namespace Briefings.Publishing;

/// <summary>
/// Text as XML 1.0 allows it. A title or a body may hold control characters (an escape, a form feed) that HTML tolerates and
/// XML forbids outright: an XML writer refuses them, and a feed holding them would not parse. They are left out.
/// </summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        var bad = First(text);
        if (bad < 0) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        kept.Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
        }
        return kept.ToString();
    }

    /// <summary>The index of the first character XML does not allow, or -1.</summary>
    private static int First(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
