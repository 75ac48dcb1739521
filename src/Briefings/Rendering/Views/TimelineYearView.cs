using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>A year of the timeline: events known only to the year, then one group per month.</summary>
/// <param name="Label">The year as the page's language writes it (<c>44 av. J.-C.</c> for year -43).</param>
/// <param name="YearsSincePrevious">Years since the year before it on the page when more than one, so the page can say "3 years later" where time jumps; else null.</param>
public sealed record TimelineYearView(int Year, string Label, string Id, IReadOnlyList<EventView> Events, IReadOnlyList<TimelineMonthView> Months, int? YearsSincePrevious = null) : ITemplateObject
{
    private static readonly TemplateMembers<TimelineYearView> Accessor = TemplateMembers<TimelineYearView>.Of(
        ("year", v => v.Year), ("label", v => v.Label), ("id", v => v.Id), ("events", v => v.Events), ("months", v => v.Months), ("years_since_previous", v => v.YearsSincePrevious));

    public IObjectAccessor Members => Accessor;
}
