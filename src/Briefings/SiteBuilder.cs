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

    /// <summary>The whole build without writing anything, then a check that every internal link and anchor of the would-be site resolves.</summary>
    public static BuildResult Check(SiteInput input, BuildOptions options)
    {
        var output = new MemoryOutput();
        var result = Build(input, options, output);
        var links = LinkChecker.Check(output.Files);
        var all = result.Diagnostics.Concat(links).ToList();
        var bag = new DiagnosticBag();
        foreach (var diagnostic in all) bag.Add(diagnostic);
        return result with { Diagnostics = bag.ToSortedList() };
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
