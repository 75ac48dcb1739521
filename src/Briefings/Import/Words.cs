using System.Globalization;
using System.Text;

namespace Briefings.Import;

/// <summary>
/// Words as the acronym and name finders read them: runs of letters, digits, hyphens and apostrophes inside a word,
/// with a French elision (<c>l’</c>, <c>d’</c>, <c>L'</c>) cut off the front, and whether only spaces separate a word
/// from the one before (a comma or a parenthesis ends a phrase).
/// </summary>
public static class Words
{
    private static readonly string[] Elisions = ["l", "d", "qu", "n", "s", "j", "c", "jusqu", "lorsqu", "puisqu"];

    /// <summary>What initials skip (de, du, l’, of, the…): the articles, prepositions and conjunctions of a name.</summary>
    public static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "sur", "en", "à", "au", "aux",
        "of", "the", "and", "for", "on", "in",
    };

    public static List<Word> Read(string text, int from = 0, int to = -1)
    {
        if (to < 0) to = text.Length;
        var words = new List<Word>();
        var joined = false;
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                // Spaces keep a phrase going; any other sign ends it.
                if (!char.IsWhiteSpace(c)) joined = false;
                i++;
                continue;
            }
            var start = i;
            while (i < to && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '’' or '\'' && i + 1 < to && char.IsLetterOrDigit(text[i + 1])))) i++;
            var word = text[start..i];
            var apostrophe = word.IndexOfAny(['’', '\'']);
            if (apostrophe > 0 && Array.IndexOf(Elisions, word[..apostrophe].ToLowerInvariant()) >= 0)
            {
                start += apostrophe + 1;
                word = word[(apostrophe + 1)..];
            }
            words.Add(new Word(start, word, joined));
            joined = true;
        }
        return words;
    }

    /// <summary>The first letter of a word, accents folded and uppercased (<c>État</c> → <c>E</c>).</summary>
    public static char Initial(string word) => char.ToUpperInvariant(Fold(word[0]));

    /// <summary>A character without its accent.</summary>
    public static char Fold(char c)
    {
        if (c < 128) return c;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) == UnicodeCategory.NonSpacingMark ? c : decomposed[0];
    }

    /// <summary>A phrase folded for comparison: accents off, lowercase, apostrophes alike.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(char.ToLowerInvariant(Fold(c is '’' ? '\'' : c)));
        return Excerpt.Collapse(builder.ToString());
    }

    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsAllCaps(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);
}
