namespace Briefings.Text;

/// <summary>Minutes a reader needs for a text, at a steady 220 words a minute, never less than one.</summary>
public static class ReadingTime
{
    public const int WordsPerMinute = 220;

    public static int Minutes(string plainText) => Math.Max(1, (int)Math.Ceiling(CountWords(plainText) / (double)WordsPerMinute));

    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }
        return words;
    }
}
