namespace Briefings.Timeline.Edtf;

/// <summary>A member of a set: a date, or every date from <see cref="First"/> to <see cref="Last"/> at the same grain (<c>1670..1672</c>).</summary>
public sealed record EdtfSetMember(EdtfCalendarDate First, EdtfCalendarDate? Last)
{
    public CalendarDay Earliest => First.Earliest;

    public CalendarDay Latest => (Last ?? First).Latest;

    public override string ToString() => Last is null ? First.ToString() : $"{First}..{Last}";
}
