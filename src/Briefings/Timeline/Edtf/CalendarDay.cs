using System.Globalization;

namespace Briefings.Timeline.Edtf;

/// <summary>
/// One day of the proleptic Gregorian calendar, with years numbered as EDTF and ISO 8601 number them (0000 is
/// 1 BC, -0043 is 44 BC), far beyond what <see cref="DateOnly"/> holds: a count of days since 1970-01-01 in a
/// <see cref="long"/>, good for years up to about ±10^16. Two sentinels stand for an interval's open ends.
/// </summary>
public readonly record struct CalendarDay : IComparable<CalendarDay>
{
    /// <summary>Years beyond this, either way, are refused: a timeline files its events by year in an <see cref="int"/>.</summary>
    public const long MaxYear = 2_000_000_000;

    private CalendarDay(long number) => Number = number;

    /// <summary>Before every day: the earliest day of a date with an open or unknown start.</summary>
    public static CalendarDay NegativeInfinity { get; } = new(long.MinValue);

    /// <summary>After every day: the latest day of a date with an open or unknown end.</summary>
    public static CalendarDay PositiveInfinity { get; } = new(long.MaxValue);

    /// <summary>Days since 1970-01-01 (negative before).</summary>
    public long Number { get; }

    public bool IsFinite => Number is not (long.MinValue or long.MaxValue);

    /// <summary>The day of this year, month and day, which must exist (see <see cref="DaysInMonth"/>).</summary>
    public static CalendarDay Of(long year, int month, int day)
    {
        // Howard Hinnant's days_from_civil, in 64 bits: eras of 400 years, March-based years.
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - era * 400;
        var dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return new CalendarDay(era * 146_097 + dayOfEra - 719_468);
    }

    public static CalendarDay Of(DateOnly date) => Of(date.Year, date.Month, date.Day);

    public (long Year, int Month, int Day) Parts
    {
        get
        {
            if (!IsFinite) throw new InvalidOperationException("an open end has no year, month or day");
            var z = Number + 719_468;
            var era = (z >= 0 ? z : z - 146_096) / 146_097;
            var dayOfEra = z - era * 146_097;
            var yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
            var dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
            var mp = (5 * dayOfYear + 2) / 153;
            var day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
            var month = (int)(mp < 10 ? mp + 3 : mp - 9);
            return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
        }
    }

    public static bool IsLeapYear(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>The same day as a <see cref="DateOnly"/>, when it is one (years 1 to 9999).</summary>
    public DateOnly? ToDateOnly()
    {
        if (!IsFinite) return null;
        var (year, month, day) = Parts;
        return year is >= 1 and <= 9999 ? new DateOnly((int)year, month, day) : null;
    }

    public int CompareTo(CalendarDay other) => Number.CompareTo(other.Number);

    public static bool operator <(CalendarDay a, CalendarDay b) => a.Number < b.Number;

    public static bool operator >(CalendarDay a, CalendarDay b) => a.Number > b.Number;

    public static bool operator <=(CalendarDay a, CalendarDay b) => a.Number <= b.Number;

    public static bool operator >=(CalendarDay a, CalendarDay b) => a.Number >= b.Number;

    /// <summary><c>2022-04-01</c>, <c>-0043-03-15</c>, <c>170000002-01-01</c>; <c>-∞</c> and <c>+∞</c> for the sentinels.</summary>
    public override string ToString()
    {
        if (Number == long.MinValue) return "-∞";
        if (Number == long.MaxValue) return "+∞";
        var (year, month, day) = Parts;
        var text = Math.Abs(year).ToString("D4", CultureInfo.InvariantCulture);
        return $"{(year < 0 ? "-" : "")}{text}-{month:D2}-{day:D2}";
    }
}
