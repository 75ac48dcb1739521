namespace Briefings.Model;

/// <summary>The events of a <see cref="SiteTimeline"/> by briefing, tag and actor, each list in timeline order.</summary>
internal sealed record TimelineIndexes(
    IReadOnlyDictionary<string, IReadOnlyList<TimelineEvent>> ByBriefing,
    IReadOnlyList<(Tag Tag, IReadOnlyList<TimelineEvent> Events)> ByTag,
    IReadOnlyList<(Actor Actor, IReadOnlyList<TimelineEvent> Events)> ByActor,
    IReadOnlyDictionary<string, IReadOnlyList<TimelineEvent>> ByTagSlug,
    IReadOnlyDictionary<string, IReadOnlyList<TimelineEvent>> ByActorSlug)
{
    public static TimelineIndexes Of(IReadOnlyList<TimelineEvent> ordered, StringComparer collation)
    {
        var byBriefing = ordered
            .SelectMany(e => e.Briefings.Select(r => (r.Slug, Event: e)))
            .GroupBy(x => x.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TimelineEvent>)g.Select(x => x.Event).ToList(), StringComparer.Ordinal);
        var byTag = ordered
            .SelectMany(e => e.Tags.Select(t => (Tag: t, Event: e)))
            .GroupBy(x => x.Tag.Slug, StringComparer.Ordinal)
            .Select(g => (g.First().Tag, (IReadOnlyList<TimelineEvent>)g.Select(x => x.Event).ToList()))
            .OrderBy(g => g.Tag.Name, collation)
            .ToList();
        var byActor = ordered
            .SelectMany(e => e.Actors.Select(a => (Actor: a, Event: e)))
            .GroupBy(x => x.Actor.Slug, StringComparer.Ordinal)
            .Select(g => (g.First().Actor, (IReadOnlyList<TimelineEvent>)g.Select(x => x.Event).ToList()))
            .OrderBy(g => g.Actor.Name, collation)
            .ToList();
        return new TimelineIndexes(byBriefing, byTag, byActor,
            byTag.ToDictionary(g => g.Tag.Slug, g => g.Item2, StringComparer.Ordinal),
            byActor.ToDictionary(g => g.Actor.Slug, g => g.Item2, StringComparer.Ordinal));
    }
}
