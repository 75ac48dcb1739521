using System.Globalization;

namespace Briefings.Localization;

/// <summary>
/// The theme's interface strings, one map per language (<c>templates/i18n/fr.yml</c>). A missing
/// language falls back to its primary language, then to English, then to the key itself.
/// </summary>
public sealed class Translations(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
{
    public const string FallbackLanguage = "en";

    public IEnumerable<string> Languages => byLanguage.Keys;

    /// <remarks>Asked for every label of every page: the page's own language is tried before anything is allocated.</remarks>
    public string Get(string language, string key)
    {
        if (Find(language, key) is { } value) return value;
        return Find(Text.LanguageTag.Primary(language), key) ?? Find(FallbackLanguage, key) ?? key;
    }

    public string Format(string language, string key, object? argument)
    {
        var culture = Cultures.For(language);
        return string.Format(culture, Get(language, key), argument is IFormattable f ? f.ToString(null, culture) : argument);
    }

    private string? Find(string language, string key) =>
        byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var value) ? value : null;
}
