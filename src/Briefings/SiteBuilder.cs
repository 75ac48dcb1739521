using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Glossary;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Output;
using Briefings.Rendering;
using Briefings.Site;
using Briefings.Timeline;

namespace Briefings;

/// <summary>
/// A build, as the sequence of its stages. Nothing here touches the disk: the input is already read
/// and the output goes to a sink, so a whole site builds in memory in tests.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(SiteInput input, BuildOptions options, IOutputSink output)
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Load(input, options, diagnostics);
        var theme = Theme.Load(input, diagnostics);
        var sources = BriefingSourceCollector.Collect(input, diagnostics);
        var briefings = ParseBriefings(sources, config, diagnostics);
        var events = TimelineLoader.Load(input, diagnostics);
        var terms = GlossaryLoader.Load(input, diagnostics);
        var site = SiteAssembler.Assemble(config, briefings, events, terms, options, diagnostics);

        var renderer = new SiteRenderer(site, theme, diagnostics);
        renderer.RenderAll(output);

        return new BuildResult(diagnostics.ToSortedList(), renderer.Pages.Count);
    }

    private static IReadOnlyList<Briefing> ParseBriefings(IReadOnlyList<BriefingSource> sources, SiteConfig config, DiagnosticBag diagnostics) =>
        sources
            .AsParallel()
            .AsOrdered()
            .Select(source => BriefingParser.Parse(source, config, diagnostics))
            .Where(b => b is not null)
            .Select(b => b!)
            .ToList();
}
