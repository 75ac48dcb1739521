using System.Globalization;

namespace Briefings.Glossary;

/// <summary>
/// How term matching reads characters: words by Unicode letters, any spacing alike, both apostrophes
/// alike. The matcher asks about every character of every body, so both questions are answered from
/// tables computed once for the whole Basic Multilingual Plane (a UTF-16 unit is at most U+FFFF).
/// </summary>
internal static class TermText
{
    /// <summary><see cref="Fold"/> of every UTF-16 unit, for loops that read it directly.</summary>
    internal static readonly char[] FoldTable = BuildFoldTable();
    private static readonly ulong[] WordBits = BuildWordTable();

    /// <summary>Letters, digits and combining marks make words; <c>l’OTSC</c> is <c>l</c>, an apostrophe, then <c>OTSC</c>.</summary>
    public static bool IsWordChar(char c) => (WordBits[c >> 6] & (1UL << c)) != 0;

    /// <summary>The character as compared: apostrophes unified, spaces (no-break ones too) as one space, case kept.</summary>
    public static char Normalize(char c) => c switch
    {
        '\u2019' or '\u02BC' or '\u2018' => '\'',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    /// <summary>The key of a character in the trie: normalized and lowercased, one char for one char.</summary>
    public static char Fold(char c) => FoldTable[c];

    /// <summary>A form as compared: trimmed, each run of spaces one space, apostrophes unified.</summary>
    public static string NormalizeForm(string form)
    {
        var builder = new System.Text.StringBuilder(form.Length);
        foreach (var c in form.Trim())
        {
            var n = Normalize(c);
            if (n == ' ' && builder.Length > 0 && builder[^1] == ' ') continue;
            builder.Append(n);
        }
        return builder.ToString();
    }

    private static bool ComputeIsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = char.ToLowerInvariant(Normalize((char)c));
        return table;
    }

    private static ulong[] BuildWordTable()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (ComputeIsWordChar((char)c)) bits[c >> 6] |= 1UL << c;
        }
        return bits;
    }
}
