namespace Briefings.Rendering.Views;

/// <param name="Id">An anchor no event id can take (slugs have no underscore): <c>_2022-04</c>.</param>
public sealed record TimelineMonthView(int Month, string Label, string Id, IReadOnlyList<EventView> Events);
