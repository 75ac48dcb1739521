namespace Briefings.Timeline.Edtf;

/// <summary>
/// An interval (<c>2004-06/2006-08</c>): from a date, or from an open (<c>..</c>) or unknown (empty) start, to a
/// date, or to an open or unknown end; at least one end is a date, and the end comes after the start.
/// </summary>
public sealed record EdtfInterval : EdtfValue
{
    internal EdtfInterval(EdtfIntervalEnd start, EdtfIntervalEnd end)
    {
        Start = start;
        End = end;
    }

    public EdtfIntervalEnd Start { get; }

    public EdtfIntervalEnd End { get; }

    public override CalendarDay Earliest => Start.Date?.Earliest ?? CalendarDay.NegativeInfinity;

    public override CalendarDay Latest => End.Date?.Latest ?? CalendarDay.PositiveInfinity;

    public override EdtfGrain Grain => (Start.Date ?? End.Date)!.Grain;

    public override string ToString() => $"{Start}/{End}";
}
