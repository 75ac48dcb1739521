using Briefings.Assembling;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Markdown;
using Briefings.Metadata;
using Briefings.Output;
using Briefings.Planning;
using Briefings.Rendering;
using Briefings.Routing;

namespace Briefings.Pipeline;

/// <summary>
/// A build, as the list of its stages. Each is a function of the ones before, returning its value with
/// its diagnostics; nothing here touches the disk (the input is read, the output goes to a sink), so a
/// whole site builds in memory in tests. <see cref="SiteFolder"/> adds reading and the atomic write.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(SiteInput input, BuildOptions options, IOutputSink output)
    {
        var stages = new StageLog();
        var loaded = stages.Run("load", () => SiteLoader.Load(input, options));
        var parsed = stages.Run("parse", () => SiteParser.Parse(loaded));
        var processed = stages.Run("process", () => SiteProcessor.Process(loaded.Config, parsed, options));
        var site = stages.Run("assemble", () => SiteAssembler.Assemble(loaded.Config, parsed, processed, options));
        var router = new Router(site.Config.BaseUrl);
        var plan = stages.Run("plan", () => OutputPlanner.Plan(site, router, loaded.Theme));
        var pages = stages.Run("render", () => SiteRenderer.Render(site, processed, parsed.Templates, loaded.Theme, router, plan, output));
        return stages.Result(pages) with { State = new SiteState(loaded, parsed, processed, site, plan) };
    }

    /// <summary>The whole build without writing anything, then a check that every internal link and anchor of the would-be site resolves.</summary>
    public static BuildResult Check(SiteInput input, BuildOptions options)
    {
        var facts = new LinkFactsSink(new NullOutput());
        var result = Build(input, options, facts);
        var all = new Diagnostics.DiagnosticBag();
        foreach (var diagnostic in result.Diagnostics.Concat(LinkChecker.Check(facts.Files))) all.Add(diagnostic);
        return result with { Diagnostics = all.ToSortedList() };
    }
}
