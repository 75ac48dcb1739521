using System.Globalization;
using Briefings.Localization;

namespace Briefings.Timeline;

/// <summary>
/// English wording: <c>1–3 April 2022</c>, <c>28 February – 3 March 2022</c>, <c>c. 2002</c>,
/// <c>since April 2022</c>. Parts shared by both ends of a range are written once.
/// </summary>
internal static class EnglishEdtfWording
{
    private const string Language = "en";

    public static EdtfPhrase Format(EdtfDate date) => (date.Start, date.End) switch
    {
        (null, { } end) => new("until ", null, "", Side(end), Doubt(end)),
        ({ } start, null) when date.IsInterval => new("since ", Side(start), "", null, Doubt(start)),
        ({ } start, null) => new("", Side(start), "", null, Doubt(start)),
        ({ } start, { } end) when start == end => new("", Side(start), "", null, Doubt(start)),
        ({ } start, { } end) => Between(start, end) with { Trail = Doubts(start, end) },
        _ => throw new InvalidOperationException("an EDTF date has at least one known end"),
    };

    private static EdtfPhrase Between(EdtfPoint start, EdtfPoint end)
    {
        // "c." belongs to one end, so approximate ranges keep both ends whole.
        var shareYear = start.Precision == end.Precision && start.Year == end.Year
            && !start.IsApproximate && !end.IsApproximate;
        var year = start.Year.ToString(CultureInfo.InvariantCulture);
        if (shareYear && start.Precision == EdtfPrecision.Day)
        {
            return start.Month == end.Month
                ? Range(DayNumber(start), DayNumber(end), $" {MonthName(end)} {year}")
                : Range($"{DayNumber(start)} {MonthName(start)}", $"{DayNumber(end)} {MonthName(end)}", $" {year}");
        }
        if (shareYear && start.Precision == EdtfPrecision.Month)
        {
            return Range(MonthName(start), MonthName(end), $" {year}");
        }
        return Range(Side(start), Side(end), "");
    }

    /// <summary>A closed en dash between single words (<c>1992–2002</c>), a spaced one otherwise.
    /// What both ends share (<paramref name="shared"/>, the month or year) is written once, after the end.</summary>
    private static EdtfPhrase Range(string from, string to, string shared) =>
        new("", from, from.Contains(' ') || to.Contains(' ') ? " – " : "–", to + shared, "");

    private static string Side(EdtfPoint point)
    {
        var text = point.Precision switch
        {
            EdtfPrecision.Day => DateWording.Day(point.Lower, Language),
            EdtfPrecision.Month => DateWording.Month(point.Year, point.Month!.Value, Language),
            _ => point.Year.ToString(CultureInfo.InvariantCulture),
        };
        return point.IsApproximate ? "c. " + text : text;
    }

    private static string DayNumber(EdtfPoint point) => point.Day!.Value.ToString(CultureInfo.InvariantCulture);

    private static string MonthName(EdtfPoint point) => DateWording.MonthName(point.Month!.Value, Language);

    private static string Doubt(EdtfPoint point) => point.IsUncertain ? " (uncertain)" : "";

    private static string Doubts(EdtfPoint start, EdtfPoint end) => (start.IsUncertain, end.IsUncertain) switch
    {
        (true, true) => " (uncertain)",
        (true, false) => " (start uncertain)",
        (false, true) => " (end uncertain)",
        _ => "",
    };
}
