using System.Globalization;
using Briefings.Localization;

namespace Briefings.Timeline;

/// <summary>
/// French wording: <c>du 1er au 3 avril 2022</c>, <c>d’avril à mai 2022</c>, <c>vers 2002</c>,
/// <c>jusqu’en 2002</c>. Parts shared by both ends of a range are written once.
/// </summary>
internal static class FrenchEdtfWording
{
    private const string Language = "fr";

    public static EdtfPhrase Format(EdtfDate date) => (date.Start, date.End) switch
    {
        (null, { } end) => new(end.Precision == EdtfPrecision.Day ? "jusqu’au " : "jusqu’en ", null, "", Side(end), Doubt(end)),
        ({ } start, null) when date.IsInterval => new("depuis " + Article(start), Side(start), "", null, Doubt(start)),
        ({ } start, null) => Single(start),
        ({ } start, { } end) when start == end => Single(start),
        ({ } start, { } end) => Between(start, end) with { Trail = Doubts(start, end) },
        _ => throw new InvalidOperationException("an EDTF date has at least one known end"),
    };

    private static EdtfPhrase Single(EdtfPoint point) =>
        new(point.IsApproximate ? "vers " + Article(point) : "", Plain(point), "", null, Doubt(point));

    private static EdtfPhrase Between(EdtfPoint start, EdtfPoint end)
    {
        // "Environ" belongs to one end, so approximate ranges keep both ends whole.
        var shareYear = start.Precision == end.Precision && start.Year == end.Year
            && !start.IsApproximate && !end.IsApproximate;
        var year = start.Year.ToString(CultureInfo.InvariantCulture);
        if (shareYear && start.Precision == EdtfPrecision.Day)
        {
            var first = start.Month == end.Month ? DayNumber(start) : $"{DayNumber(start)} {MonthName(start)}";
            return new("du ", first, " au ", $"{DayNumber(end)} {MonthName(end)} {year}", "");
        }
        if (shareYear && start.Precision == EdtfPrecision.Month)
        {
            return new(From(MonthName(start)), MonthName(start), " à ", $"{MonthName(end)} {year}", "");
        }

        var lead = start.Precision == EdtfPrecision.Day ? "du " : From(Side(start));
        var middle = end.Precision == EdtfPrecision.Day ? " au " : " à ";
        return new(lead, Side(start), middle, Side(end), "");
    }

    /// <summary>"de" elides before a vowel: <c>d’avril</c>, <c>d’août</c>, but <c>de mars</c>, <c>de 1992</c>.</summary>
    private static string From(string text) => "aâàeéèêiîoôuy".Contains(text[0]) ? "d’" : "de ";

    private static string Plain(EdtfPoint point) => point.Precision switch
    {
        EdtfPrecision.Day => DateWording.Day(point.Lower, Language),
        EdtfPrecision.Month => DateWording.Month(point.Year, point.Month!.Value, Language),
        _ => point.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>One end of a range: <c>vers</c> cannot follow <c>de</c>, so approximation comes after.</summary>
    private static string Side(EdtfPoint point) => Plain(point) + (point.IsApproximate ? " environ" : "");

    /// <summary>A day takes the article: <c>depuis le 3 avril</c>, <c>vers le 3 avril</c>.</summary>
    private static string Article(EdtfPoint point) => point.Precision == EdtfPrecision.Day ? "le " : "";

    private static string DayNumber(EdtfPoint point) =>
        point.Day == 1 ? "1er" : point.Day!.Value.ToString(CultureInfo.InvariantCulture);

    private static string MonthName(EdtfPoint point) => DateWording.MonthName(point.Month!.Value, Language);

    private static string Doubt(EdtfPoint point) => point.IsUncertain ? " (date incertaine)" : "";

    private static string Doubts(EdtfPoint start, EdtfPoint end) => (start.IsUncertain, end.IsUncertain) switch
    {
        (true, true) => " (dates incertaines)",
        (true, false) => " (début incertain)",
        (false, true) => " (fin incertaine)",
        _ => "",
    };
}
