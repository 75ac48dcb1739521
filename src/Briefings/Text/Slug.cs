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
    /// A slug even for text with no Latin or Cyrillic letter (<c>北京</c>, <c>😍</c>): the folded form when
    /// there is one, else <paramref name="prefix"/> and a short hash of the text, stable from build to build.
    /// </summary>
    public static string FromOrHash(string text, string prefix)
    {
        var slug = From(text);
        if (slug.Length > 0) return slug;
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return prefix + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }

    /// <summary>True when <paramref name="slug"/> is already in slug form, as an explicit <c>slug:</c> must be.</summary>
    public static bool IsValid(string slug)
    {
        if (slug.Length == 0 || slug[0] == '-' || slug[^1] == '-' || slug.Contains("--", StringComparison.Ordinal)) return false;
        foreach (var c in slug)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')) return false;
        }
        return true;
    }

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
