namespace Briefings.Import;

/// <summary>
/// Cuts an article into sentences: at every line end (excerpts often drop a paragraph's last period), and after
/// <c>. ! ? …</c> followed by a space and a capital, a digit or an opening quote; never inside a quotation (the speaker's
/// sentences belong to the one that quotes them), nor after an abbreviation (<c>M.</c>, <c>Dr.</c>, <c>p.</c>, an initial).
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "p", "pp", "art", "av", "cf", "etc", "ex", "vol", "no", "n°", "éd", "mr", "mrs", "ms",
        "prof", "gen", "gén", "sen", "rep", "gov", "col", "lt", "sgt", "jr", "sr", "vs", "inc", "ltd", "co", "corp", "fig", "ed", "eds", "u.s", "e.g", "i.e",
        "jan", "feb", "févr", "mar", "apr", "avr", "aug", "sept", "oct", "nov", "dec", "déc",
    };

    public static IReadOnlyList<Sentence> Split(ArticleText article)
    {
        var text = article.Text;
        var sentences = new List<Sentence>();
        var line = 1;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var start = lineStart;
            for (var i = lineStart; i < lineEnd; i++)
            {
                if (!EndsSentence(article, text, lineStart, i)) continue;
                var next = i + 1;
                while (next < lineEnd && text[next] is '.' or '!' or '?' or '…' or ')' or '»' or '”' or '"') next++;
                if (next >= lineEnd || !char.IsWhiteSpace(text[next])) continue;
                var after = next;
                while (after < lineEnd && char.IsWhiteSpace(text[after])) after++;
                if (after >= lineEnd) continue;
                if (!(char.IsUpper(text[after]) || char.IsDigit(text[after]) || text[after] is '«' or '“' or '"' or '—' or '–' or '-')) continue;
                if (text[i] == '.' && IsAbbreviation(text, lineStart, i)) continue;
                Add(sentences, text, start, next, line);
                start = after;
                i = after - 1;
            }
            Add(sentences, text, start, lineEnd, line);
            line++;
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /// <summary>A period, ! ? or … outside quotations, or the closing mark of a quotation whose last sentence ended inside it (<c>« Je reviens. » Puis</c>).</summary>
    private static bool EndsSentence(ArticleText article, string text, int lineStart, int i)
    {
        if (text[i] is '.' or '!' or '?' or '…') return !article.InQuotation(i);
        if (text[i] is not ('»' or '”' or '"') || article.InQuotation(i)) return false;
        var before = i - 1;
        while (before > lineStart && char.IsWhiteSpace(text[before])) before--;
        return before >= lineStart && text[before] is '.' or '!' or '?' or '…' && article.InQuotation(before);
    }

    private static bool IsAbbreviation(string text, int lineStart, int period)
    {
        var wordStart = period;
        while (wordStart > lineStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '«' or '“')) wordStart--;
        var word = text[wordStart..period];
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: J. Smith
        return Abbreviations.Contains(word);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int line)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(start, end, line, text[start..end]));
    }
}
