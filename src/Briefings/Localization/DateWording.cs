using System.Globalization;
using Briefings.Text;

namespace Briefings.Localization;

/// <summary>
/// Dates as a reader of the page's language writes them: <c>1er avril 2022</c>, <c>1 April 2022</c>.
/// French and English follow their typographic rules; other languages use their culture's month names.
/// </summary>
public static class DateWording
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Day(DateOnly date, string language) => LanguageTag.Primary(language) switch
    {
        "fr" => $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {FrenchMonths[date.Month - 1]} {date.Year}",
        "en" => $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}",
        _ => date.ToString("d MMMM yyyy", Cultures.For(language)),
    };

    public static string Month(int year, int month, string language) => LanguageTag.Primary(language) switch
    {
        "fr" => $"{FrenchMonths[month - 1]} {year}",
        "en" => $"{EnglishMonths[month - 1]} {year}",
        _ => new DateOnly(year, month, 1).ToString("MMMM yyyy", Cultures.For(language)),
    };

    public static string MonthName(int month, string language) => LanguageTag.Primary(language) switch
    {
        "fr" => FrenchMonths[month - 1],
        "en" => EnglishMonths[month - 1],
        _ => Cultures.For(language).DateTimeFormat.GetMonthName(month),
    };

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
