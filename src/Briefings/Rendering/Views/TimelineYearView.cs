namespace Briefings.Rendering.Views;

/// <summary>A year of the timeline: events known only to the year, then one group per month.</summary>
public sealed record TimelineYearView(int Year, string Id, IReadOnlyList<EventView> Events, IReadOnlyList<TimelineMonthView> Months);
