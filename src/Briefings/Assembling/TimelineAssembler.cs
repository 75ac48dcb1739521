using Briefings.Diagnostics;
using Briefings.Model;
using Briefings.Timeline;

namespace Briefings.Assembling;

/// <summary>Checks the events' ids, resolves the briefings they name, and puts them in timeline order.</summary>
public static class TimelineAssembler
{
    public static SiteTimeline Assemble(IEnumerable<TimelineEvent> events, BriefingReferences references, string language,
        DiagnosticBag diagnostics)
    {
        var collation = Localization.Cultures.Collation(language);
        var kept = UniqueIds.Keep(events, e => e.Id, e => e.Location, "event", diagnostics).Values
            .Select(e => Resolve(e, references, diagnostics));
        var ordered = kept
            .OrderBy(e => e.Date, EdtfOrder.Instance)
            .ThenBy(e => e.Title, collation)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new SiteTimeline(ordered, language);
    }

    /// <summary>
    /// The event without the briefings it names that this build does not publish (each reported). Most name only
    /// published ones: those are kept as parsed, not copied, so that a large timeline is not held twice.
    /// </summary>
    private static TimelineEvent Resolve(TimelineEvent e, BriefingReferences references, DiagnosticBag diagnostics)
    {
        var published = e.Briefings.Where(r => references.BySlug(r, diagnostics) is not null).ToList();
        return published.Count == e.Briefings.Count ? e : e with { Briefings = published };
    }
}
