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
            .Select(e => e with
            {
                Briefings = e.Briefings
                    .Select(r => references.BySlug(r, diagnostics) is { } briefing ? r with { Slug = briefing.Slug } : null)
                    .OfType<SlugReference>().ToList(),
            });
        var ordered = kept
            .OrderBy(e => e.Date, EdtfOrder.Instance)
            .ThenBy(e => e.Title, collation)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new SiteTimeline(ordered, language);
    }
}
