using System.Globalization;

namespace Briefings.Glossary;

/// <summary>How term matching reads characters: words by Unicode letters, any spacing alike, both apostrophes alike.</summary>
internal static class TermText
{
    /// <summary>Letters, digits and combining marks make words; <c>l’OTSC</c> is <c>l</c>, an apostrophe, then <c>OTSC</c>.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The character as compared: apostrophes unified, spaces (no-break ones too) as one space, case kept.</summary>
    public static char Normalize(char c) => c switch
    {
        '\u2019' or '\u02BC' or '\u2018' => '\'',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    /// <summary>The key of a character in the trie: normalized and lowercased, one char for one char.</summary>
    public static char Fold(char c) => char.ToLowerInvariant(Normalize(c));

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
}
