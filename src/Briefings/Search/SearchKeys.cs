using System.Globalization;
using System.Text;

namespace Briefings.Search;

/// <summary>
/// The words of a text as the search index keys them, the same way as <c>assets/search.js</c> keys a query (the
/// two are checked against each other on shared vectors): each character lowercased, decomposed and stripped of
/// its accents (<c>Bélarus</c> → <c>belarus</c>), ligatures spelt out (<c>œ</c> → <c>oe</c>); words are runs of
/// letters and digits; French elisions before an apostrophe (<c>l’</c>, <c>d’</c>, <c>qu’</c>) and an English
/// possessive <c>’s</c> are dropped; then a light stem that French and English share: one final <c>s</c> or
/// <c>x</c>, then up to two final <c>e</c>, go while the word keeps more than three letters (<c>alliés</c> and
/// <c>allié</c> → <c>alli</c>, <c>frappes</c> → <c>frapp</c>). The query matches keys it is a prefix of, which
/// covers the rest of the word forms (<c>sanction</c> finds <c>sanctionné</c>).
/// </summary>
public static class SearchKeys
{
    /// <summary>Longer keys are cut here (a hostile 100,000-letter "word" is one key of this length, not a huge one).</summary>
    public const int MaxKeyLength = 64;

    /// <summary>Called for each key of a text, in order.</summary>
    public delegate void KeyFound(ReadOnlySpan<char> key);

    // What each character below U+0250 (ASCII and the Latin letters of Western and Central Europe) becomes:
    // its folded letters, "" for a separator, or null for nothing at all (a mark, an invisible character).
    private static readonly string?[] Latin = BuildLatin();

    private static readonly string[] Elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

    /// <summary>Every key of <paramref name="text"/>, in order, repeats included.</summary>
    public static List<string> Of(string text)
    {
        var keys = new List<string>();
        Each(text, key => keys.Add(key.ToString()));
        return keys;
    }

    /// <summary>Calls <paramref name="found"/> with each key of <paramref name="text"/>.</summary>
    public static void Each(ReadOnlySpan<char> text, KeyFound found)
    {
        Span<char> word = stackalloc char[MaxKeyLength + 8];
        var length = 0;
        var overflow = false;
        var afterApostrophe = false;
        var i = 0;
        while (i <= text.Length)
        {
            string? folded;
            var apostrophe = false;
            var width = 1;
            if (i == text.Length) folded = "";
            else
            {
                var c = text[i];
                if (c < Latin.Length) folded = Latin[c];
                else if (IsApostrophe(c)) { folded = ""; apostrophe = true; }
                else if (Rune.DecodeFromUtf16(text[i..], out var rune, out width) == System.Buffers.OperationStatus.Done) folded = Fold(rune);
                else folded = ""; // a lone surrogate separates words
                if (c == '\'') apostrophe = true;
            }
            i += width;
            if (folded is null) continue;
            if (folded.Length > 0)
            {
                foreach (var f in folded)
                {
                    if (length < word.Length) word[length++] = f;
                    else overflow = true;
                }
                continue;
            }
            // A separator: the word so far, if any, is done.
            if (length > 0)
            {
                var key = word[..length];
                var dropped = (apostrophe && IsElision(key)) || (afterApostrophe && key is "s");
                if (!dropped) Emit(key, overflow, found);
            }
            afterApostrophe = apostrophe;
            length = 0;
            overflow = false;
        }
    }

    private static void Emit(Span<char> key, bool overflow, KeyFound found)
    {
        var length = overflow ? key.Length : Stem(key);
        if (length > MaxKeyLength) length = MaxKeyLength;
        if (char.IsHighSurrogate(key[length - 1])) length--;
        if (length > 0) found(key[..length]);
    }

    /// <summary>The length of the key once stemmed: one final s or x, then up to two final e, while more than three letters stay.</summary>
    private static int Stem(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        if (length > 3 && word[length - 1] is 's' or 'x') length--;
        if (length > 3 && word[length - 1] == 'e') length--;
        if (length > 3 && word[length - 1] == 'e') length--;
        return length;
    }

    private static bool IsElision(ReadOnlySpan<char> word)
    {
        foreach (var elision in Elisions)
        {
            if (word.SequenceEqual(elision)) return true;
        }
        return false;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>
    /// One character folded: lowercased alone (so a final sigma is a sigma, as in every other place), decomposed,
    /// marks removed, then ligatures and the letters that do not decompose spelt out; letters and digits are kept.
    /// </summary>
    public static string? Fold(Rune rune)
    {
        if (rune.IsBmp && IsApostrophe((char)rune.Value)) return "";
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) return null;
        var lower = Rune.ToLowerInvariant(rune).ToString();
        string decomposed;
        try { decomposed = lower.Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { decomposed = lower; }
        var builder = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed.EnumerateRunes())
        {
            var partCategory = Rune.GetUnicodeCategory(part);
            if (partCategory is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            var spelt = part.Value switch
            {
                'œ' => "oe", 'æ' => "ae", 'ß' => "ss", 'ø' => "o", 'ł' => "l", 'đ' or 'ð' => "d", 'þ' => "th", 'ı' => "i", 'ς' => "σ",
                _ => null,
            };
            if (spelt is not null) builder.Append(spelt);
            // Lowercased again: the invariant culture leaves İ as it is, which decomposes to I and a dot.
            else if (IsWord(partCategory)) builder.Append(Rune.ToLowerInvariant(part).ToString());
        }
        return builder.ToString();
    }

    private static bool IsWord(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static string?[] BuildLatin()
    {
        var table = new string?[0x250];
        for (var c = 0; c < table.Length; c++) table[c] = Fold(new Rune(c));
        return table;
    }
}
