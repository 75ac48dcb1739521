using System.Globalization;

namespace Briefings.Import;

/// <summary>
/// French or English, from the small words only one of them uses (and French elisions, <c>l’</c> <c>d’</c> <c>qu’</c>,
/// which English never writes). A language wins with at least <see cref="MinimumHits"/> hits and twice the other's;
/// otherwise the text does not say and the editor is asked. Two languages need no n-gram model (see
/// docs/research/authoring.md, section 3).
/// </summary>
public static class LanguageDetector
{
    public const int MinimumHits = 8;

    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "que", "qui", "pour", "pas", "sur", "au", "aux", "ce", "cette",
        "ces", "il", "elle", "ils", "elles", "nous", "vous", "ne", "se", "son", "sa", "ses", "leur", "leurs", "avec", "mais", "ou", "où", "été",
        "sont", "ont", "était", "plus", "comme", "après", "avant", "selon", "depuis", "aussi", "très", "même", "entre", "sans", "sous", "chez",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "is", "that", "for", "it", "was", "with", "as", "by", "at", "from", "this", "which", "be", "are", "has",
        "have", "not", "but", "his", "her", "they", "their", "were", "would", "will", "been", "there", "who", "what", "after", "about", "into",
        "than", "its", "also", "an", "we", "our", "said", "or", "when", "while", "had", "could",
    };

    private static readonly string[] Elisions = ["l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu"];

    public static LanguageGuess Detect(string text)
    {
        var (french, english) = (0, 0);
        foreach (var (word, elided) in Words(text))
        {
            if (elided) french++;
            else if (French.Contains(word)) french++;
            else if (English.Contains(word)) english++;
        }
        string? language = null;
        if (french >= MinimumHits && french >= 2 * english) language = "fr";
        else if (english >= MinimumHits && english >= 2 * french) language = "en";
        return new LanguageGuess(language, french, english);
    }

    /// <summary>The words, lowercased; a French elision (<c>l’</c> before a letter) is a word of its own, flagged.</summary>
    private static IEnumerable<(string Word, bool Elided)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var word = text[start..i].ToLower(CultureInfo.InvariantCulture);
            var apostrophe = i + 1 < text.Length && text[i] is '’' or '\'' && char.IsLetter(text[i + 1]);
            if (apostrophe && Array.IndexOf(Elisions, word) >= 0)
            {
                yield return (word, true);
                i++;
                continue;
            }
            yield return (word, false);
        }
    }
}
