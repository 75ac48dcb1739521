using Briefings.Configuration;
using Briefings.Diagnostics;
using Briefings.Model;

namespace Briefings.Site;

/// <summary>Stage 4: puts the parsed briefings together into one <see cref="SiteModel"/>.</summary>
public static class SiteAssembler
{
    public static SiteModel Assemble(SiteConfig config, IReadOnlyList<Briefing> parsed, IReadOnlyList<TimelineEvent> timelineFiles,
        IReadOnlyList<GlossaryTerm> terms, BuildOptions options, DiagnosticBag diagnostics)
    {
        var published = parsed.Where(b => options.IncludeDrafts || !b.Draft).ToList();
        ReportDuplicateSlugs(published, diagnostics);

        var briefings = published
            .DistinctBy(b => b.Slug)
            .OrderByDescending(b => b.Date)
            .ThenBy(b => b.Title, Localization.Cultures.Collation(config.Language))
            .ThenBy(b => b.Slug, StringComparer.Ordinal)
            .ToList();

        var comparer = Localization.Cultures.Collation(config.Language);
        var tags = briefings
            .SelectMany(b => b.Tags.Select(t => (Tag: t, Briefing: b)))
            .GroupBy(x => x.Tag.Slug, StringComparer.Ordinal)
            .Select(g => new TagGroup(g.First().Tag, g.Select(x => x.Briefing).ToList()))
            .OrderBy(g => g.Tag.Name, comparer)
            .ToList();

        var timeline = TimelineAssembler.Assemble(
            timelineFiles.Concat(briefings.SelectMany(b => b.Timeline)),
            briefings.Select(b => b.Slug).ToHashSet(StringComparer.Ordinal),
            parsed.Select(b => b.Slug).ToHashSet(StringComparer.Ordinal),
            config.Language, diagnostics);

        var glossary = GlossaryAssembler.Assemble(terms, config.Language, diagnostics);
        foreach (var reference in briefings.SelectMany(b => b.GlossaryExclude).Where(r => glossary.Find(r.Slug) is null))
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, reference.Location, $"no glossary term has the id '{reference.Slug}'");
        }

        return new SiteModel(config, briefings, tags, timeline, glossary);
    }

    private static void ReportDuplicateSlugs(IEnumerable<Briefing> briefings, DiagnosticBag diagnostics)
    {
        foreach (var group in briefings.GroupBy(b => b.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(b => b.MetadataFile.Path, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, duplicate.SlugLocation,
                    $"slug '{group.Key}' is already used by {ordered[0].MetadataFile.Path}; give this briefing another 'slug:'");
            }
        }
    }
}
