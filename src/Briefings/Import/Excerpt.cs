namespace Briefings.Import;

/// <summary>A sentence shortened around the words that matter, cut at spaces, with … where it was cut.</summary>
public static class Excerpt
{
    public const int MaxLength = 110;

    public static string Around(string sentence, int start, int length, int max = MaxLength)
    {
        sentence = Collapse(sentence);
        if (sentence.Length <= max) return sentence;
        start = Math.Clamp(start, 0, sentence.Length);
        var end = Math.Clamp(start + length, start, sentence.Length);
        var spare = Math.Max(0, max - (end - start));
        var from = Math.Max(0, start - spare / 2);
        var to = Math.Min(sentence.Length, from + Math.Max(max, end - start));
        from = Math.Max(0, Math.Min(from, to - max));
        if (from > 0)
        {
            var space = sentence.IndexOf(' ', from);
            if (space >= 0 && space < start) from = space + 1;
        }
        if (to < sentence.Length)
        {
            var space = sentence.LastIndexOf(' ', to - 1);
            if (space > end) to = space;
        }
        return (from > 0 ? "…" : "") + sentence[from..to].Trim() + (to < sentence.Length ? "…" : "");
    }

    /// <summary>Every run of spacing one space: an excerpt is one line of a comment.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
