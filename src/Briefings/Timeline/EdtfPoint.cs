using System.Globalization;
using Briefings.Localization;

namespace Briefings.Timeline;

/// <summary>
/// One EDTF date at year, month or day precision, such as <c>2022</c>, <c>2022-04~</c> or
/// <c>2022-04-01?</c>. It stands for every day between <see cref="Lower"/> and <see cref="Upper"/>.
/// </summary>
public sealed record EdtfPoint
{
    /// <exception cref="ArgumentException">The date does not exist, such as 2023-02-29.</exception>
    public EdtfPoint(int year, int? month = null, int? day = null, EdtfQualifier qualifier = EdtfQualifier.None)
    {
        if (Problem(year, month, day) is { } problem) throw new ArgumentException(problem);
        Year = year;
        Month = month;
        Day = day;
        Qualifier = qualifier;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public EdtfQualifier Qualifier { get; }

    public EdtfPrecision Precision =>
        Day is not null ? EdtfPrecision.Day : Month is not null ? EdtfPrecision.Month : EdtfPrecision.Year;

    public bool IsUncertain => Qualifier.HasFlag(EdtfQualifier.Uncertain);

    public bool IsApproximate => Qualifier.HasFlag(EdtfQualifier.Approximate);

    /// <summary>The first day this date covers.</summary>
    public DateOnly Lower => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this date covers, inclusive.</summary>
    public DateOnly Upper => new(Year, Month ?? 12, Day ?? DateTime.DaysInMonth(Year, Month ?? 12));

    /// <summary>The canonical EDTF text, such as <c>2022-04-01?</c>.</summary>
    public override string ToString() => EdtfWording.MachineReadable(this) + Qualifier switch
    {
        EdtfQualifier.Uncertain => "?",
        EdtfQualifier.Approximate => "~",
        EdtfQualifier.Uncertain | EdtfQualifier.Approximate => "%",
        _ => "",
    };

    /// <summary>
    /// Why these numbers are not a date, in words for the author, or null if they are one.
    /// The parser and the constructor share it so both apply the same rules.
    /// </summary>
    internal static string? Problem(int year, int? month, int? day)
    {
        if (year is < 1 or > 9999) return $"year {year} is out of range; years go from 1 to 9999";
        if (month is null) return day is null ? null : "a day needs a month";
        if (month is < 1 or > 12) return $"month {month} does not exist";
        if (day is null) return null;
        if (day < 1 || day > DateTime.DaysInMonth(year, month.Value))
        {
            var monthName = DateWording.MonthName(month.Value, "en");
            return $"day {day} does not exist in {monthName} {year.ToString(CultureInfo.InvariantCulture)}";
        }
        return null;
    }
}
