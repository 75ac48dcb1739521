namespace Briefings.Text;

/// <summary>
/// HTML escaping for text and quoted attribute values: only the five characters that can change
/// the markup are replaced, so French text stays readable in the source (<c>é</c>, not <c>&amp;#233;</c>).
/// </summary>
public static class Html
{
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny("&<>\"'");
        if (first < 0) return text;
        var builder = new System.Text.StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(text[i]); break;
            }
        }
        return builder.ToString();
    }
}
