using System.Globalization;

namespace Briefings.Timeline.Edtf;

/// <summary>
/// The earliest and latest day a calendar date may be: the smallest and the largest day that fits it, its
/// unspecified digits (<c>X</c>) filled in every way that makes a real day (<c>1985-0X-31</c> is 31 January to 31
/// August: no 31 February), its significant digits and seasons spread over the years and months they allow.
/// </summary>
internal static class EdtfBounds
{
    /// <summary>The bounds, or null with the reason when no day fits.</summary>
    public static (CalendarDay Earliest, CalendarDay Latest)? Of(EdtfYear year, string? month, int? season, string? day, out string? problem)
    {
        problem = null;
        var (low, high) = year.Range;
        if (Math.Max(Math.Abs(low), Math.Abs(high)) > CalendarDay.MaxYear - 1)
        {
            problem = $"years go up to {CalendarDay.MaxYear.ToString("N0", CultureInfo.InvariantCulture)} either way";
            return null;
        }
        if (season is { } code)
        {
            var (first, last) = EdtfSeason.Months(code);
            var (lowYear, highYear) = (First(year, low, high), Last(year, low, high));
            return (CalendarDay.Of(lowYear, first, 1), LastDay(highYear, last));
        }
        if (!year.HasUnspecifiedDigits && low == high && month?.Contains('X') != true && day?.Contains('X') != true)
        {
            // A plain date (nearly every one): its bounds straight away, no candidates to try.
            var m = month is null ? (int?)null : (month[0] - '0') * 10 + (month[1] - '0');
            var d = day is null ? (int?)null : (day[0] - '0') * 10 + (day[1] - '0');
            if (m is { } known && d is { } dayOfMonth && dayOfMonth > CalendarDay.DaysInMonth(low, known))
            {
                problem = "no day of the calendar fits it";
                return null;
            }
            return (CalendarDay.Of(low, m ?? 1, d ?? 1), CalendarDay.Of(low, m ?? 12, d ?? CalendarDay.DaysInMonth(low, m ?? 12)));
        }
        var months = Candidates(month, 1, 12);
        var days = Candidates(day, 1, 31);
        var earliest = Find(year, low, high, months, days, ascending: true);
        var latest = Find(year, low, high, months, days, ascending: false);
        if (earliest is null || latest is null)
        {
            problem = "no day of the calendar fits it";
            return null;
        }
        return (earliest.Value, latest.Value);
    }

    /// <summary>The last day of a month, <paramref name="month"/> above 12 meaning a month of the next year (a winter's February).</summary>
    private static CalendarDay LastDay(long year, int month)
    {
        var (y, m) = month > 12 ? (year + 1, month - 12) : (year, month);
        return CalendarDay.Of(y, m, CalendarDay.DaysInMonth(y, m));
    }

    private static long First(EdtfYear year, long low, long high)
    {
        for (var y = low; y <= high; y++) if (year.Allows(y)) return y;
        return low;
    }

    private static long Last(EdtfYear year, long low, long high)
    {
        for (var y = high; y >= low; y--) if (year.Allows(y)) return y;
        return high;
    }

    /// <summary>The values two characters with X digits may take within [min, max]; null for a component not written.</summary>
    private static int[]? Candidates(string? text, int min, int max)
    {
        if (text is null) return null;
        var values = new List<int>();
        for (var value = min; value <= max; value++)
        {
            if ((text[0] == 'X' || text[0] - '0' == value / 10) && (text[1] == 'X' || text[1] - '0' == value % 10)) values.Add(value);
        }
        return [.. values];
    }

    /// <summary>
    /// The first (or last) day that fits, trying years, then months, then days in order. Only a four-digit year with
    /// X digits is tried year by year (10,000 at most); a range of significant digits has no month or day, so its
    /// first (or last) year fits.
    /// </summary>
    private static CalendarDay? Find(EdtfYear year, long low, long high, int[]? months, int[]? days, bool ascending)
    {
        var count = high - low + 1;
        for (long i = 0; i < count; i++)
        {
            var y = ascending ? low + i : high - i;
            if (year.HasUnspecifiedDigits && !year.Allows(y)) continue;
            if (months is null) return ascending ? CalendarDay.Of(y, 1, 1) : CalendarDay.Of(y, 12, 31);
            for (var j = 0; j < months.Length; j++)
            {
                var m = months[ascending ? j : months.Length - 1 - j];
                var length = CalendarDay.DaysInMonth(y, m);
                if (days is null) return ascending ? CalendarDay.Of(y, m, 1) : CalendarDay.Of(y, m, length);
                for (var k = 0; k < days.Length; k++)
                {
                    var d = days[ascending ? k : days.Length - 1 - k];
                    if (d <= length) return CalendarDay.Of(y, m, d);
                }
            }
        }
        return null;
    }
}
