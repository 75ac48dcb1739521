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

    public string Get(string language, string key)
    {
        foreach (var candidate in (string[])[language, Text.LanguageTag.Primary(language), FallbackLanguage])
        {
            if (byLanguage.TryGetValue(candidate, out var strings) && strings.TryGetValue(key, out var value)) return value;
        }
        return key;
    }

    public string Format(string language, string key, object? argument) =>
        string.Format(Cultures.For(language), Get(language, key), argument is IFormattable f ? f.ToString(null, Cultures.For(language)) : argument);
}
