using Briefings.Configuration;
using Briefings.Diagnostics;
using Briefings.Markdown;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Pipeline;

namespace Briefings.Assembling;

/// <summary>
/// Stage 4, assemble: the published briefings in order, their links resolved (one rule for drafts, see
/// <see cref="BriefingReferences"/>), the timeline and the glossary, into one <see cref="SiteModel"/>.
/// </summary>
public static class SiteAssembler
{
    public static Staged<SiteModel> Assemble(SiteConfig config, ParsedSite parsed, ProcessedSite processed, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var candidates = parsed.Briefings.Where(b => options.IncludeDrafts || !b.Draft).ToList();
        ReportDuplicateSlugs(candidates, diagnostics);

        var collation = Localization.Cultures.Collation(config.Language);
        var briefings = candidates
            .DistinctBy(b => b.Slug)
            .OrderByDescending(b => b.Date)
            .ThenBy(b => b.Title, collation)
            .ThenBy(b => b.Slug, StringComparer.Ordinal)
            .ToList();
        var references = BriefingReferences.Of(parsed.Briefings, briefings, parsed.Unreadable);
        // The timeline (sorting thousands of events) and the glossary are assembled while the bodies' links are
        // resolved: all three only read the references. Each reports into its own bag, copied in the order of old.
        var timelineDiagnostics = new DiagnosticBag();
        var timelineTask = Task.Run(() => TimelineAssembler.Assemble(parsed.Events.Concat(briefings.SelectMany(b => b.Timeline)), references, config.Language, timelineDiagnostics));
        var glossaryDiagnostics = new DiagnosticBag();
        var glossaryTask = Task.Run(() => GlossaryAssembler.Assemble(parsed.Terms, config.Language, glossaryDiagnostics));

        // Each body's links are resolved on every core (a body often links dozens of briefings, each found by its file
        // name); the map is filled in the briefings' order. Diagnostics are sorted in the end.
        var assembled = new AssembledBody[briefings.Count];
        Parallel.For(0, briefings.Count, i =>
        {
            var body = processed.Bodies[briefings[i].MetadataFile.Path];
            var targets = body.Links.Select(link => link is BriefingFileLink file ? references.ByFileName(file, diagnostics) : null).ToArray();
            assembled[i] = new AssembledBody(body, targets);
        });
        var bodies = new Dictionary<string, AssembledBody>(briefings.Count, StringComparer.Ordinal);
        for (var i = 0; i < briefings.Count; i++) bodies.Add(briefings[i].Slug, assembled[i]);

        var timeline = timelineTask.GetAwaiter().GetResult();
        timelineDiagnostics.CopyTo(diagnostics);
        var glossary = glossaryTask.GetAwaiter().GetResult();
        glossaryDiagnostics.CopyTo(diagnostics);
        foreach (var reference in briefings.SelectMany(b => b.GlossaryExclude).Where(r => glossary.Find(r.Slug) is null))
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, reference.Location, $"no glossary term has the id '{reference.Slug}'");
        }

        return Staged<SiteModel>.From(new SiteModel(config, briefings, bodies, timeline, glossary), diagnostics);
    }

    private static void ReportDuplicateSlugs(IEnumerable<Briefing> briefings, DiagnosticBag diagnostics)
    {
        foreach (var group in briefings.GroupBy(b => b.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(b => b.MetadataFile.Path, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, duplicate.SlugLocation,
                    $"slug '{group.Key}' is already used by {ordered[0].SlugLocation}; give this briefing another 'slug:'");
            }
        }
    }
}
