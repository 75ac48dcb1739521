using Briefings.Diagnostics;
using Briefings.Localization;
using Briefings.Model;
using Briefings.Timeline;

namespace Briefings.Site;

/// <summary>Checks the events' ids and references, orders them, and indexes them by briefing, tag and actor.</summary>
public static class TimelineAssembler
{
    /// <param name="published">The briefings being built; links to them are kept.</param>
    /// <param name="known">Every briefing parsed, drafts included: a link to a left-out draft is dropped, not an error.</param>
    public static SiteTimeline Assemble(IEnumerable<TimelineEvent> events, IReadOnlySet<string> published, IReadOnlySet<string> known,
        string language, DiagnosticBag diagnostics)
    {
        var collation = Cultures.Collation(language);
        var byId = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
        var kept = new List<TimelineEvent>();
        foreach (var e in events)
        {
            if (byId.TryGetValue(e.Id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, e.Location,
                    $"event id '{e.Id}' is already used at {first.Location}; give one of them another 'id:'");
                continue;
            }
            byId[e.Id] = e;
            foreach (var reference in e.Briefings.Where(r => !known.Contains(r.Slug)))
            {
                diagnostics.Error(DiagnosticCodes.UnknownReference, reference.Location, $"no briefing has the slug '{reference.Slug}'");
            }
            kept.Add(e with { Briefings = e.Briefings.Where(r => published.Contains(r.Slug)).ToList() });
        }

        var ordered = kept
            .OrderBy(e => e.Date, EdtfOrder.Instance)
            .ThenBy(e => e.Title, collation)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();

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

        return new SiteTimeline(ordered, byBriefing, byTag, byActor);
    }
}
