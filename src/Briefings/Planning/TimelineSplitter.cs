using Briefings.Model;
using Briefings.Routing;
using Briefings.Timeline.Edtf;

namespace Briefings.Planning;

/// <summary>
/// Splits a timeline so that no page holds more than a given number of events: a timeline that fits stays
/// one page; a larger one gets a landing page of its years, a page per year, and a year too big for one page
/// is split by month (its events known only to the year stay on the year's page). Events are placed by the
/// end that places them on the timeline: the start, or the end when the start is open.
/// </summary>
public static class TimelineSplitter
{
    /// <summary>The most events a timeline page shows.</summary>
    public const int MaxEventsPerPage = 300;

    public static IReadOnlyList<TimelinePart> Split(IReadOnlyList<TimelineEvent> ordered, string first, int max = MaxEventsPerPage)
    {
        if (ordered.Count <= max) return [new TimelinePart(first, null, null, ordered, [], null, null)];

        var parts = new List<TimelinePart>();
        var years = ordered.GroupBy(e => Place(e.Date).Year).OrderBy(g => g.Key).ToList();
        parts.Add(new TimelinePart(first, null, null, [],
            years.Select(y => new TimelinePeriod(y.Key, null, Router.TimelinePeriod(first, y.Key), y.Count())).ToList(), null, null));
        foreach (var year in years)
        {
            var events = year.ToList();
            var yearPath = Router.TimelinePeriod(first, year.Key);
            if (events.Count <= max)
            {
                parts.Add(new TimelinePart(yearPath, year.Key, null, events, [], first, null));
                continue;
            }
            var months = events.Where(e => Place(e.Date).Month is not null).GroupBy(e => Place(e.Date).Month!.Value).OrderBy(g => g.Key).ToList();
            parts.Add(new TimelinePart(yearPath, year.Key, null, events.Where(e => Place(e.Date).Month is null).ToList(),
                months.Select(m => new TimelinePeriod(year.Key, m.Key, Router.TimelinePeriod(first, year.Key, m.Key), m.Count())).ToList(), first, null));
            foreach (var month in months)
            {
                var monthEvents = month.ToList();
                foreach (var pager in Paginator.Paginate(monthEvents.Count, max, Router.TimelinePeriod(first, year.Key, month.Key)))
                {
                    parts.Add(new TimelinePart(pager.Path, year.Key, month.Key, pager.Slice(monthEvents), [], yearPath,
                        pager.PageCount > 1 ? pager : null));
                }
            }
        }
        return parts;
    }

    /// <summary>The page of each event, by id: where links to an event lead.</summary>
    public static IReadOnlyDictionary<string, string> Pages(IEnumerable<TimelinePart> parts) =>
        parts.SelectMany(p => p.Events.Select(e => (e.Id, p.Path))).ToDictionary(x => x.Id, x => x.Path, StringComparer.Ordinal);

    /// <summary>
    /// Where an event is filed: the year of the date that places it (the date itself, an interval's start, or its end
    /// when the start is open or unknown, a set's first member), at its earliest; and the month, when that date lies
    /// within one month (not for a season, <c>2022-XX</c> or <c>201X</c>, which stay on the year's page).
    /// </summary>
    public static (int Year, int? Month) Place(EdtfValue date)
    {
        var placing = date switch
        {
            EdtfInterval interval => (interval.Start.Date ?? interval.End.Date)!,
            EdtfSet set => set.Members[0].First,
            _ => (EdtfCalendarDate)date,
        };
        var (year, month, _) = placing.Earliest.Parts;
        var (lastYear, lastMonth, _) = placing.Latest.Parts;
        // Years are within ±2,000,000,000 (CalendarDay.MaxYear).
        return ((int)year, year == lastYear && month == lastMonth ? month : null);
    }
}
