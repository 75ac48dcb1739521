using System.Globalization;
using Briefings.Timeline.Edtf;

namespace Briefings.Timeline;

/// <summary>
/// What the wording of either language needs to know of a calendar date, worked out once: whether it is written
/// plainly (a known year, month and day), which months or days its X digits allow, which components are
/// uncertain or approximate.
/// </summary>
internal sealed class EdtfReading
{
    private EdtfReading(EdtfCalendarDate date)
    {
        Date = date;
        Month = Known(date.Month);
        Day = Known(date.Day);
        Months = Candidates(date.Month, 12);
        Days = Candidates(date.Day, 31);
    }

    public static EdtfReading Of(EdtfCalendarDate date) => new(date);

    public EdtfCalendarDate Date { get; }

    /// <summary>The month, when written without X.</summary>
    public int? Month { get; }

    /// <summary>The day, when written without X.</summary>
    public int? Day { get; }

    /// <summary>The months an X month allows (all twelve for XX); empty without a month.</summary>
    public IReadOnlyList<int> Months { get; }

    /// <summary>The days an X day allows; empty without a day.</summary>
    public IReadOnlyList<int> Days { get; }

    public long Year => Date.Year.Value;

    /// <summary>A year with nothing unsaid: four digits without X or S, or a Y-year without S.</summary>
    public bool YearKnown => !Date.Year.HasUnspecifiedDigits && Date.Year.Significant is null;

    public bool YearUnknown => Date.Year.Digits == "XXXX";

    /// <summary>A date as a calendar prints one: a known year, and a known month and day when written; no season.</summary>
    public bool Plain => YearKnown && Date.Season is null && (Date.Month is null || Month is not null) && (Date.Day is null || Day is not null);

    public bool Approximate => ((Date.YearQualification | Date.MonthQualification | Date.DayQualification) & EdtfQualification.Approximate) != 0;

    /// <summary>The components that are uncertain, and whether that is all of those written.</summary>
    public (bool Year, bool Month, bool Day, bool All) Uncertain
    {
        get
        {
            var year = Date.YearQualification.HasFlag(EdtfQualification.Uncertain);
            var month = (Date.Month is not null || Date.Season is not null) && Date.MonthQualification.HasFlag(EdtfQualification.Uncertain);
            var day = Date.Day is not null && Date.DayQualification.HasFlag(EdtfQualification.Uncertain);
            var all = year && (month || (Date.Month is null && Date.Season is null)) && (day || Date.Day is null);
            return (year, month, day, all);
        }
    }

    /// <summary>Whether any component is uncertain: what says "start uncertain" or "fin incertaine" of a range's end.</summary>
    public bool Doubted => Uncertain is { Year: true } or { Month: true } or { Day: true };

    /// <summary>Words as a list is written in both languages: <c>a, b</c> then <paramref name="last"/> (<c> or </c>, <c> et </c>) before the last.</summary>
    public static string Join(IReadOnlyList<string> items, string last) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + last + items[^1];

    /// <summary>The X digits of a four-digit year as a range of whole decades, centuries or millennia (<c>156X</c>: 3 trailing),
    /// or null when X stands elsewhere (<c>1X5X</c>).</summary>
    public int? TrailingUnspecifiedDigits
    {
        get
        {
            if (Date.Year.Digits is not { } digits || !digits.Contains('X')) return null;
            var first = digits.IndexOf('X');
            return digits[first..].All(c => c == 'X') ? digits.Length - first : null;
        }
    }

    private static int? Known(string? text) =>
        text is null || text.Contains('X') ? null : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int[] Candidates(string? text, int max)
    {
        if (text is null) return [];
        return Enumerable.Range(1, max).Where(v =>
        {
            var digits = v.ToString("D2", CultureInfo.InvariantCulture);
            return (text[0] == 'X' || text[0] == digits[0]) && (text[1] == 'X' || text[1] == digits[1]);
        }).ToArray();
    }
}
