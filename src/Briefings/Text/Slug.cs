using System.Globalization;
using System.Text;

namespace Briefings.Text;

/// <summary>
/// URL slugs: lowercase ASCII letters and digits separated by single hyphens. Accents are folded
/// (<c>Bélarus</c> → <c>belarus</c>), ligatures spelt out (<c>œ</c> → <c>oe</c>) and Cyrillic
/// transliterated (<c>Лукашенко</c> → <c>lukashenko</c>), since the briefings speak of Russia and Ukraine.
/// </summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ascii = Fold(char.ToLowerInvariant(c));
            if (ascii.Length == 0)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }
            if (pendingHyphen) builder.Append('-');
            pendingHyphen = false;
            builder.Append(ascii);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The slug of a name (a tag, an actor, a term, a file name): its folded form, with a short hash of the name when
    /// folding lost something, so that names which differ only in what the slug cannot spell keep apart
    /// (<c>中国 2024</c> → <c>2024-…</c>, <c>C++</c> → <c>c-…</c>, <c>C</c> → <c>c</c>). Case, accents, spaces and
    /// punctuation lose nothing: <c>Bélarus</c>, <c>belarus</c> and <c>BELARUS</c> are one slug. A name with nothing
    /// to fold (<c>北京</c>, <c>😍</c>) is <paramref name="prefix"/> and the hash. Stable from build to build.
    /// </summary>
    /// <remarks>A slug longer than <see cref="MaxLength"/> is cut at a hyphen and given the hash too, so that a
    /// 300-character tag makes a folder name every file system takes.</remarks>
    public static string FromOrHash(string text, string prefix)
    {
        var (slug, key, lossy) = Analyse(text);
        if (!lossy && slug.Length > 0 && slug.Length <= MaxLength) return slug;
        // The hash is of the name as the slug would spell it if it could (letters of any script, lowercased, without
        // accents, words joined by hyphens): names that are one slug without their lost letters stay one with them.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 4));
        var stem = slug.Length > 0 ? slug : prefix;
        if (stem.Length > MaxLength - 9)
        {
            stem = stem[..(MaxLength - 9)];
            var hyphen = stem.LastIndexOf('-');
            stem = (hyphen >= MaxLength / 2 ? stem[..hyphen] : stem).TrimEnd('-');
        }
        return stem + "-" + hash;
    }

    /// <summary>The longest slug: page addresses stay far below the 255 bytes a file name may have, and the
    /// 260 characters of a whole path on Windows, whatever names the content has.</summary>
    public const int MaxLength = 100;

    /// <summary>True when the slug of <paramref name="text"/> drops a letter, digit or symbol that it cannot spell in ASCII.</summary>
    public static bool IsLossy(string text) => Analyse(text).Lossy;

    // One pass making the ASCII slug and the key the hash is made of: the same words, with what has no ASCII kept as written.
    private static (string Slug, string Key, bool Lossy) Analyse(string text)
    {
        var slug = new StringBuilder(text.Length);
        var key = new StringBuilder(text.Length);
        var (slugHyphen, keyHyphen, lossy) = (false, false, false);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            // Accents and invisible joiners are nothing (é is e, and a flag's or family's joiners are part of the emoji).
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) continue;
            var ascii = rune.IsBmp ? Fold(char.ToLowerInvariant((char)rune.Value)) : "";
            if (ascii.Length > 0)
            {
                if (slugHyphen) slug.Append('-');
                if (keyHyphen) key.Append('-');
                slug.Append(ascii);
                key.Append(ascii);
                (slugHyphen, keyHyphen) = (false, false);
                continue;
            }
            slugHyphen = slug.Length > 0;
            if (Separates(rune, category))
            {
                keyHyphen = key.Length > 0;
                continue;
            }
            lossy = true;
            if (keyHyphen) key.Append('-');
            keyHyphen = false;
            foreach (var c in Decomposed(Rune.ToLowerInvariant(rune).ToString()))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) key.Append(c);
            }
        }
        return (slug.ToString(), key.ToString(), lossy);
    }

    private static string Decomposed(string text)
    {
        try { return text.Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { return text; } // a code point the runtime's tables refuse: kept as it is
    }

    /// <summary>What only separates words, as a space does: spaces, controls, punctuation, brackets and spacing accents;
    /// not the ASCII signs that make a name (<c>C++</c>, <c>C#</c>, <c>@name</c>, <c>100%</c>, <c>A*</c>, <c>$</c>,
    /// <c>=</c>), nor symbols and emoji beyond ASCII (<c>€</c>, <c>🇺🇦</c>). An ampersand reads as "and": <c>Tag &amp; Co</c> is <c>tag-co</c>.</summary>
    private static bool Separates(Rune rune, UnicodeCategory category) => rune.IsAscii
        ? rune.Value is not ('+' or '#' or '@' or '%' or '*' or '$' or '=')
        : category switch
        {
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control
                or UnicodeCategory.ModifierSymbol => true,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation => true,
            // Noncharacters are nothing; a character newer than the runtime's tables (an emoji) is something.
            UnicodeCategory.OtherNotAssigned => (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF,
            _ => false,
        };

    /// <summary>True when <paramref name="slug"/> is already in slug form, as an explicit <c>slug:</c> must be
    /// (its length is checked apart, for a message of its own: see <see cref="TooLong"/>).</summary>
    public static bool IsValid(string slug)
    {
        if (slug.Length == 0 || slug[0] == '-' || slug[^1] == '-' || slug.Contains("--", StringComparison.Ordinal)) return false;
        foreach (var c in slug)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')) return false;
        }
        return true;
    }

    /// <summary>The error for a written slug or id longer than <see cref="MaxLength"/>, or null when it is short enough.</summary>
    public static string? TooLong(string key, string slug) => slug.Length <= MaxLength ? null
        : $"'{key}' is {slug.Length:N0} characters long, more than the {MaxLength} a page address may have; shorten it";

    private static string Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'ł' => "l",
        'þ' => "th",
        'ı' => "i",
        _ when c is >= '\u0400' and <= '\u04FF' => Cyrillic(c),
        _ when c > '\u007F' => Decompose(c),
        _ => "",
    };

    // é → e, ﬁ → fi: the ASCII letters of a character's compatibility decomposition, if any.
    private static string Decompose(char c)
    {
        // Half of an emoji, a broken pair or a noncharacter: nothing to fold, and Normalize would throw.
        if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') return "";
        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD).ToLowerInvariant();
        return string.Concat(decomposed.Where(d => d is >= 'a' and <= 'z' or >= '0' and <= '9'));
    }

    // Simplified transliteration of Russian, Ukrainian and Belarusian letters (checked before decomposition, so й stays y).
    private static string Cyrillic(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'ґ' => "g", 'д' => "d", 'е' => "e", 'ё' => "e", 'є' => "ye",
        'ж' => "zh", 'з' => "z", 'и' => "i", 'і' => "i", 'ї' => "yi", 'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m",
        'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ў' => "u", 'ф' => "f",
        'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ы' => "y", 'э' => "e", 'ю' => "yu", 'я' => "ya",
        _ => "",
    };
}
