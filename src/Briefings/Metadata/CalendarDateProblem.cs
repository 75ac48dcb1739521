using System.Globalization;

namespace Briefings.Metadata;

/// <summary>
/// Why a text shaped yyyy-mm-dd is no day of the calendar (<c>2026-13-01</c>: month 13 does not exist), so the
/// message names the mistake instead of repeating a format the editor did follow.
/// </summary>
public static class CalendarDateProblem
{
    /// <summary>The problem, or null when the text is not yyyy-mm-dd at all or is a real day.</summary>
    public static string? Of(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return null;
        if (!Number(text.AsSpan(0, 4), out var year) || !Number(text.AsSpan(5, 2), out var month) || !Number(text.AsSpan(8, 2), out var day)) return null;
        if (year == 0) return "year 0000 does not exist in this calendar (years go from 0001)";
        if (month is < 1 or > 12) return $"month {text.Substring(5, 2)} does not exist (months go from 01 to 12)";
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        if (day < 1) return $"day 00 does not exist (days go from 01)";
        var most = DateTime.DaysInMonth(year, month);
        if (day <= most) return null;
        if (month == 2 && day == 29) return $"{year:D4} is not a leap year: February {year:D4} has 28 days";
        return $"{monthName} has {most} days, not {day}";
    }

    private static bool Number(ReadOnlySpan<char> digits, out int value) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
