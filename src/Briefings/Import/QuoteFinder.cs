namespace Briefings.Import;

/// <summary>
/// Finds quotations, one line at a time (a newspaper excerpt closes its quotes on the line it opens them): « … » (with
/// or without no-break spaces inside), “ … ”, and straight "…" only in pairs on one line. A quotation inside another
/// belongs to the outer one.
/// </summary>
public static class QuoteFinder
{
    public static IReadOnlyList<QuotedSpan> Find(string text)
    {
        var spans = new List<QuotedSpan>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            FindInLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static void FindInLine(string text, int start, int end, List<QuotedSpan> spans)
    {
        var i = start;
        while (i < end)
        {
            var close = text[i] switch
            {
                '«' => '»',
                '“' => '”',
                '"' => '"',
                _ => '\0',
            };
            if (close == '\0')
            {
                i++;
                continue;
            }
            var found = Closing(text, i + 1, end, text[i], close);
            if (found < 0)
            {
                // A lone straight quote is an inch mark or a typo; an unclosed « or “ still quotes someone to the line's end.
                if (text[i] != '"') spans.Add(new QuotedSpan(i, end, i + 1, end, Closed: false));
                if (text[i] != '"') return;
                i++;
                continue;
            }
            spans.Add(new QuotedSpan(i, found + 1, i + 1, found, Closed: true));
            i = found + 1;
        }
    }

    /// <summary>The closing mark's offset, skipping nested pairs of the same kind, or -1.</summary>
    private static int Closing(string text, int from, int end, char open, char close)
    {
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            if (open != close && text[i] == open) depth++;
            else if (text[i] == close)
            {
                if (depth == 0) return i;
                depth--;
            }
        }
        return -1;
    }
}
