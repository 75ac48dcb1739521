namespace Briefings.Model;

/// <summary>Every published event in order, and the same events by briefing, tag and actor.</summary>
public sealed record SiteTimeline(
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyDictionary<string, IReadOnlyList<TimelineEvent>> ByBriefing,
    IReadOnlyList<(Tag Tag, IReadOnlyList<TimelineEvent> Events)> ByTag,
    IReadOnlyList<(Actor Actor, IReadOnlyList<TimelineEvent> Events)> ByActor)
{
    public static SiteTimeline Empty { get; } = new([], new Dictionary<string, IReadOnlyList<TimelineEvent>>(), [], []);

    public IReadOnlyList<TimelineEvent> EventsFor(string briefingSlug) => ByBriefing.GetValueOrDefault(briefingSlug) ?? [];
}
