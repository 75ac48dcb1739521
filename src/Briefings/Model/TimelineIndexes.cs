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
        var byBriefing = new Dictionary<string, List<TimelineEvent>>(StringComparer.Ordinal);
        var byTag = new Dictionary<string, (Tag Tag, List<TimelineEvent> Events)>(StringComparer.Ordinal);
        var byActor = new Dictionary<string, (Actor Actor, List<TimelineEvent> Events)>(StringComparer.Ordinal);
        // One pass in timeline order, so every list keeps it; no GroupBy buffering and copying every pair.
        foreach (var e in ordered)
        {
            foreach (var reference in e.Briefings)
            {
                if (!byBriefing.TryGetValue(reference.Slug, out var events)) byBriefing[reference.Slug] = events = [];
                events.Add(e);
            }
            foreach (var tag in e.Tags)
            {
                if (!byTag.TryGetValue(tag.Slug, out var group)) byTag[tag.Slug] = group = (tag, []);
                group.Events.Add(e);
            }
            foreach (var actor in e.Actors)
            {
                if (!byActor.TryGetValue(actor.Slug, out var group)) byActor[actor.Slug] = group = (actor, []);
                group.Events.Add(e);
            }
        }
        var tags = byTag.Values.Select(g => (g.Tag, (IReadOnlyList<TimelineEvent>)g.Events)).OrderBy(g => g.Tag.Name, collation).ToList();
        var actors = byActor.Values.Select(g => (g.Actor, (IReadOnlyList<TimelineEvent>)g.Events)).OrderBy(g => g.Actor.Name, collation).ToList();
        var briefings = new Dictionary<string, IReadOnlyList<TimelineEvent>>(byBriefing.Count, StringComparer.Ordinal);
        foreach (var (slug, events) in byBriefing) briefings.Add(slug, events);
        return new TimelineIndexes(briefings, tags, actors,
            tags.ToDictionary(g => g.Tag.Slug, g => g.Item2, StringComparer.Ordinal),
            actors.ToDictionary(g => g.Actor.Slug, g => g.Item2, StringComparer.Ordinal));
    }
}
