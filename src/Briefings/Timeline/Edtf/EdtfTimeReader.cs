using System.Globalization;

namespace Briefings.Timeline.Edtf;

/// <summary>Reads the time of a level-0 date-time: <c>T23:20:30</c>, then <c>Z</c>, <c>±hh</c> or <c>±hh:mm</c> (extended format only).</summary>
internal static class EdtfTimeReader
{
    private const string Shape = "write a time as Thh:mm:ss, then Z for UTC or a shift such as -04 or +04:30";

    public static EdtfTime? Read(string text, ref int position, out string? problem)
    {
        problem = null;
        var rest = text.AsSpan(position);
        if (rest.Length < 9 || rest[3] != ':' || rest[6] != ':'
            || !TwoDigits(rest[1..3], out var hour) || !TwoDigits(rest[4..6], out var minute) || !TwoDigits(rest[7..9], out var second))
        {
            problem = Shape;
            return null;
        }
        if (hour > 23 || minute > 59 || second > 59)
        {
            problem = "hours go from 00 to 23, minutes and seconds from 00 to 59";
            return null;
        }
        rest = rest[9..];
        position += 9;
        if (rest.IsEmpty) return new EdtfTime(hour, minute, second, Utc: false, Shift: null, ShiftMinutesWritten: false);
        if (rest is "Z")
        {
            position++;
            return new EdtfTime(hour, minute, second, Utc: true, Shift: 0, ShiftMinutesWritten: false);
        }
        if (rest[0] is not ('+' or '-') || !(rest.Length is 3 or 6) || !TwoDigits(rest[1..3], out var shiftHours)
            || (rest.Length == 6 && (rest[3] != ':' || !TwoDigits(rest[4..6], out _))))
        {
            problem = Shape;
            return null;
        }
        var shiftMinutes = rest.Length == 6 ? int.Parse(rest[4..6], NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        var shift = (shiftHours * 60 + shiftMinutes) * (rest[0] == '-' ? -1 : 1);
        if (shiftMinutes > 59 || shift is < -12 * 60 or > 14 * 60 || (shift == 0 && rest[0] == '-'))
        {
            problem = "a time shift goes from -12:00 to +14:00, and no shift is written Z or +00";
            return null;
        }
        position += rest.Length;
        return new EdtfTime(hour, minute, second, Utc: false, shift, ShiftMinutesWritten: rest.Length == 6);
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        return text.Length == 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1])
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
