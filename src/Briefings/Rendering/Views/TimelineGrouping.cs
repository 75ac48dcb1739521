using System.Globalization;
using Briefings.Localization;
using Briefings.Planning;

namespace Briefings.Rendering.Views;

/// <summary>Groups ordered events by year, then month, keeping their order inside each group.</summary>
public static class TimelineGrouping
{
    public static IReadOnlyList<TimelineYearView> ByYearAndMonth(IReadOnlyList<EventView> events, string language) =>
        WithGaps(Group(events, language));

    /// <summary>Marks each year that follows the previous one after more than a year.</summary>
    private static IReadOnlyList<TimelineYearView> WithGaps(IReadOnlyList<TimelineYearView> years) =>
        years.Select((year, i) => i > 0 && year.Year - years[i - 1].Year > 1 ? year with { YearsSincePrevious = year.Year - years[i - 1].Year } : year).ToList();

    private static IReadOnlyList<TimelineYearView> Group(IReadOnlyList<EventView> events, string language) =>
        events
            .GroupBy(e => TimelineSplitter.Place(e.Date.Date).Year)
            .OrderBy(g => g.Key)
            .Select(year => new TimelineYearView(
                year.Key,
                Timeline.EdtfWording.Period(year.Key, null, language),
                "_" + year.Key.ToString("D4", CultureInfo.InvariantCulture),
                year.Where(e => TimelineSplitter.Place(e.Date.Date).Month is null).ToList(),
                year.Where(e => TimelineSplitter.Place(e.Date.Date).Month is not null)
                    .GroupBy(e => TimelineSplitter.Place(e.Date.Date).Month!.Value)
                    .OrderBy(g => g.Key)
                    .Select(month => new TimelineMonthView(
                        month.Key,
                        Timeline.EdtfWording.Period(year.Key, month.Key, language),
                        $"_{year.Key:D4}-{month.Key:D2}",
                        month.ToList()))
                    .ToList()))
            .ToList();
}
