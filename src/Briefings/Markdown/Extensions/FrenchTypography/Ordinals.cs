namespace Briefings.Markdown.Extensions.FrenchTypography;

/// <summary>
/// Ordinals as the Abrégé writes them, letters raised: <c>1er</c>, <c>1re</c>, <c>1ers</c>, <c>1res</c>; <c>2d</c>, <c>2de</c>
/// (second, seconde) and plurals; <c>2e</c>, <c>3es</c>; in Roman numerals <c>XXe</c>, <c>Ve</c>, <c>Ier</c>, <c>Ire</c>.
/// Roman numerals need two letters, or <c>V</c> or <c>X</c> alone, or <c>I</c> with <c>er</c>/<c>re</c>: <c>Le</c>, <c>Ce</c>,
/// <c>Les</c>, <c>Vers</c>, <c>Mer</c> are words. Wrong forms (<c>2ème</c>, <c>2è</c>) are left for the author to correct.
/// </summary>
public static class Ordinals
{
    public static bool IsRomanLetter(char c) => c is 'I' or 'V' or 'X' or 'L' or 'C';

    /// <param name="number">Digits, or Roman letters (<see cref="IsRomanLetter"/>).</param>
    /// <param name="suffix">The lower-case letters right after it.</param>
    public static bool Is(ReadOnlySpan<char> number, ReadOnlySpan<char> suffix, bool roman)
    {
        var first = suffix is "er" or "re" or "ers" or "res";
        if (roman)
        {
            return number is "I" ? first
                : suffix is "e" or "es" && (number.Length >= 2 || number is "V" or "X") && IsRoman(number);
        }
        return number is "1" ? first
            : number is "2" && suffix is "d" or "de" or "ds" or "des" || (suffix is "e" or "es" && number[0] != '0');
    }

    /// <summary>A well-formed Roman numeral of I, V, X, L and C (1 to 399).</summary>
    private static bool IsRoman(ReadOnlySpan<char> s)
    {
        var i = 0;
        var hundreds = 0;
        while (i < s.Length && s[i] == 'C' && hundreds < 3) { i++; hundreds++; }
        i = Digit(s, i, 'X', 'L', 'C');
        i = Digit(s, i, 'I', 'V', 'X');
        return i == s.Length;
    }

    /// <summary>One decimal digit in Roman form with <paramref name="one"/>, <paramref name="five"/>, <paramref name="ten"/>: the position after it.</summary>
    private static int Digit(ReadOnlySpan<char> s, int i, char one, char five, char ten)
    {
        if (i + 1 < s.Length && s[i] == one && (s[i + 1] == ten || s[i + 1] == five)) return i + 2; // IX, IV
        if (i < s.Length && s[i] == five) i++;
        var ones = 0;
        while (i < s.Length && s[i] == one && ones < 3) { i++; ones++; }
        return i;
    }
}
