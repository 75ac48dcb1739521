using System.Globalization;

namespace Briefings.Timeline.Edtf;

/// <summary>
/// The time of a level-0 date-time (<c>T23:20:30</c>), local, in UTC (<c>Z</c>) or shifted (<c>-04</c>,
/// <c>+04:30</c>). A timeline places the event on the day as written, whatever the shift.
/// </summary>
/// <param name="Shift">Minutes ahead of UTC, null for local time; with <paramref name="Utc"/>, 0.</param>
/// <param name="ShiftMinutesWritten">Whether the shift was written with minutes (<c>+04:30</c>, <c>+04:00</c>) rather than hours alone.</param>
public sealed record EdtfTime(int Hour, int Minute, int Second, bool Utc, int? Shift, bool ShiftMinutesWritten)
{
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"T{Hour:D2}:{Minute:D2}:{Second:D2}");
        if (Utc) return text + "Z";
        if (Shift is not { } shift) return text;
        var sign = shift < 0 ? "-" : "+";
        var magnitude = Math.Abs(shift);
        text += string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude / 60:D2}");
        return ShiftMinutesWritten ? text + string.Create(CultureInfo.InvariantCulture, $":{magnitude % 60:D2}") : text;
    }
}
