using System.Globalization;

namespace Briefings.Localization;

/// <summary>.NET cultures for language tags, with the invariant culture for tags ICU does not know.</summary>
public static class Cultures
{
    public static CultureInfo For(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>Case- and accent-aware ordering for the language, so <c>Élysée</c> files under E.</summary>
    public static StringComparer Collation(string language) => StringComparer.Create(For(language), CompareOptions.IgnoreCase);
}
