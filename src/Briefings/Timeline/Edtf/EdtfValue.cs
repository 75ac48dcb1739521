namespace Briefings.Timeline.Edtf;

/// <summary>
/// A date as EDTF (ISO 8601-2, levels 0 to 2) writes it: a calendar date (<see cref="EdtfCalendarDate"/>), an
/// interval (<see cref="EdtfInterval"/>) or a set (<see cref="EdtfSet"/>). Each stands for the days between its
/// earliest and latest possible day; its text (<see cref="object.ToString"/>) is canonical, so parsing it gives an
/// equal value. Read one with <see cref="EdtfSyntax.TryParse"/>.
/// </summary>
public abstract record EdtfValue
{
    /// <summary>The first day it may be; <see cref="CalendarDay.NegativeInfinity"/> for an open or unknown start.</summary>
    public abstract CalendarDay Earliest { get; }

    /// <summary>The last day it may be, inclusive; <see cref="CalendarDay.PositiveInfinity"/> for an open or unknown end.</summary>
    public abstract CalendarDay Latest { get; }

    /// <summary>How finely it is written (of its start, for an interval or a set): orders dates of equal bounds.</summary>
    public abstract EdtfGrain Grain { get; }
}
