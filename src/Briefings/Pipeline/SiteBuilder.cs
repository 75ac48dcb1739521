using Briefings.Assembling;
using Briefings.Caching;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Markdown;
using Briefings.Metadata;
using Briefings.Output;
using Briefings.Planning;
using Briefings.Rendering;
using Briefings.Routing;
using Briefings.Search;

namespace Briefings.Pipeline;

/// <summary>
/// A build, as the list of its stages. Each is a function of the ones before, returning its value with
/// its diagnostics; nothing here touches the disk (the input is read, the output goes to a sink), so a
/// whole site builds in memory in tests. <see cref="SiteFolder"/> adds reading and the atomic write.
/// </summary>
public static class SiteBuilder
{
    /// <param name="cache">What earlier builds parsed and processed, reused where the inputs are the same; null to build everything.</param>
    public static BuildResult Build(SiteInput input, BuildOptions options, IOutputSink output, BuildCache? cache = null)
    {
        var stages = new StageLog(options.StageStarted);
        var loaded = stages.Run("load", () => SiteLoader.Load(input, options));
        var parsed = stages.Run("parse", () => SiteParser.Parse(loaded, cache));
        var processed = stages.Run("process", () => SiteProcessor.Process(loaded.Config, parsed, options, cache));
        cache?.ReleaseIndex();
        var site = stages.Run("assemble", () => SiteAssembler.Assemble(loaded.Config, parsed, processed, options));
        var router = new Router(site.Config.BaseUrl);
        var search = stages.Run("index", () => SearchIndexer.Index(site, processed, router));
        var plan = stages.Run("plan", () => OutputPlanner.Plan(site, router, loaded.Theme, files: PublishedFiles.Of(loaded),
            publishing: options.Publishing, sitemapUrls: options.SitemapUrls, search: search));
        var pages = stages.Run("render", () => SiteRenderer.Render(site, processed, parsed.Templates, loaded.Theme, router, plan, output, BuildInputs(loaded, options)));
        return stages.Result(pages) with { State = new SiteState(loaded, parsed, processed, site, plan) };
    }

    /// <summary>What every output depends on besides its own data: the tool, the configuration, the options and the whole theme.</summary>
    private static UInt128 BuildInputs(LoadedSite loaded, BuildOptions options)
    {
        var key = new CacheKey().Add("outputs").Add(CacheKey.ToolIdentity).Add(options.IncludeDrafts).Add(options.BaseUrl?.ToString()).Add(options.SitemapUrls);
        foreach (var file in loaded.Input.Files.Where(f => f.Path == SiteConfigLoader.Path || f.Path.StartsWith(Theme.SiteFolder + "/", StringComparison.Ordinal)))
        {
            key.Add(file.Path).Add(file.Bytes);
        }
        foreach (var (name, file) in loaded.Theme.Files.OrderBy(f => f.Key, StringComparer.Ordinal)) key.Add(name).Add(file.File.Bytes);
        return key.Build();
    }

    /// <summary>The whole build without writing anything, then a check that every internal link and anchor of the would-be site resolves.</summary>
    public static BuildResult Check(SiteInput input, BuildOptions options)
    {
        var facts = new LinkFactsSink(new NullOutput());
        var result = Build(input, options, facts);
        var all = new Diagnostics.DiagnosticBag();
        // Each broken link reported where the editor wrote it (the briefing, the glossary, a template), not in a page they never wrote.
        var locator = result.State is { } state ? new LinkSourceLocator(state) : null;
        foreach (var diagnostic in result.Diagnostics.Concat(LinkChecker.Check(facts.Files, locate: locator is null ? null : locator.Locate))) all.Add(diagnostic);
        return result with { Diagnostics = all.ToSortedList() };
    }
}
