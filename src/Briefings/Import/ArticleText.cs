using System.Text;

namespace Briefings.Import;

/// <summary>
/// An article as the extractors read it: line ends made <c>\n</c>, composed (NFC) as the build composes text, cut
/// into lines, quotations and sentences once. <see cref="IgnoredLine"/> is the trailing source line, whose title is
/// not a sentence of the article (its words would otherwise be read as names and dates).
/// </summary>
public sealed class ArticleText
{
    private readonly int[] _lineStarts;

    public ArticleText(string text, int? ignoredLine = null)
    {
        Text = Normalized(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\n') starts.Add(i + 1);
        }
        _lineStarts = [.. starts];
        IgnoredLine = ignoredLine;
        Quotes = QuoteFinder.Find(Text);
        Sentences = SentenceSplitter.Split(this).Where(s => s.Line != ignoredLine).ToList();
    }

    public string Text { get; }

    public int? IgnoredLine { get; }

    public int LineCount => _lineStarts.Length;

    public IReadOnlyList<QuotedSpan> Quotes { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The 1-based line of an offset.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>The text of a 1-based line, without its line end.</summary>
    public string Line(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return Text[start..end];
    }

    /// <summary>Whether an offset lies between quotation marks (or after an opening one never closed on its line).</summary>
    public bool InQuotation(int offset)
    {
        // Quotations come in reading order and never overlap: the last one starting before the offset is the only candidate.
        var (low, high) = (0, Quotes.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Quotes[middle].Start < offset) low = middle + 1;
            else high = middle - 1;
        }
        return high >= 0 && offset >= Quotes[high].InnerStart && offset < Quotes[high].InnerEnd;
    }

    /// <summary>The sentence holding an offset, or null (between sentences, or on the ignored line).</summary>
    public Sentence? SentenceAt(int offset)
    {
        var (low, high) = (0, Sentences.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Sentences[middle].Start <= offset) low = middle + 1;
            else high = middle - 1;
        }
        return high >= 0 && offset < Sentences[high].End ? Sentences[high] : null;
    }

    private static string Normalized(string text)
    {
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        try { return unified.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return unified; } // a lone surrogate: no UTF-8 file has one, a test string may
    }
}
