using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <param name="Id">An anchor no event id can take (slugs have no underscore): <c>_2022-04</c>.</param>
public sealed record TimelineMonthView(int Month, string Label, string Id, IReadOnlyList<EventView> Events) : ITemplateObject
{
    private static readonly TemplateMembers<TimelineMonthView> Accessor = TemplateMembers<TimelineMonthView>.Of(
        ("month", v => v.Month), ("label", v => v.Label), ("id", v => v.Id), ("events", v => v.Events));

    public IObjectAccessor Members => Accessor;
}
