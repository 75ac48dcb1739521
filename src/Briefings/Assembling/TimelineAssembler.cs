using Briefings.Diagnostics;
using Briefings.Model;
using Briefings.Timeline.Edtf;

namespace Briefings.Assembling;

/// <summary>Checks the events' ids, resolves the briefings they name, and puts them in timeline order.</summary>
public static class TimelineAssembler
{
    public static SiteTimeline Assemble(IEnumerable<TimelineEvent> events, BriefingReferences references, string language,
        DiagnosticBag diagnostics)
    {
        var collation = Localization.Cultures.Collation(language);
        var kept = UniqueIds.Keep(events, e => e.Id, e => e.Location, "event", diagnostics).Values.Select(e => Resolved(e, references, diagnostics));
        var ordered = kept
            .OrderBy(e => e.Date, EdtfValueOrder.Instance)
            .ThenBy(e => e.Title, collation)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new SiteTimeline(ordered, language);
    }

    /// <summary>The event with only the briefings this build publishes; the same record when it names no other (nearly always), not a copy.</summary>
    private static TimelineEvent Resolved(TimelineEvent e, BriefingReferences references, DiagnosticBag diagnostics)
    {
        List<SlugReference>? kept = null;
        for (var i = 0; i < e.Briefings.Count; i++)
        {
            var reference = e.Briefings[i];
            // A briefing found is found by this very slug, so the reference stays as written.
            if (references.BySlug(reference, diagnostics) is not null) kept?.Add(reference);
            else kept ??= [.. e.Briefings.Take(i)];
        }
        return kept is null ? e : e with { Briefings = kept };
    }
}
