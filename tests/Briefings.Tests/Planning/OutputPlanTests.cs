using Briefings.Assembling;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Markdown;
using Briefings.Metadata;
using Briefings.Planning;
using Briefings.Routing;
using Briefings.Tests.Support;

namespace Briefings.Tests.Planning;

/// <summary>The plan is the list of every file a build writes: complete, unique, and reachable through listings.</summary>
public sealed class OutputPlanTests
{
    private static OutputPlan Plan(int briefings, int pageSize)
    {
        var files = Enumerable.Range(0, briefings)
            .Select(i => ($"content/briefings/b{i:D4}.md", TestSite.Briefing($"title: B {i}\ndate: 2022-01-{1 + i % 28:D2}\ntags: [{(i % 3 == 0 ? "otsc" : "belarus")}]")))
            .Prepend(("content/site.yml", TestSite.MinimalConfig))
            .Append(("content/timeline/e.yml", "- date: 2022\n  title: E\n  tags: [otsc]\n  actors: [Minsk]\n"))
            .ToArray();
        var loaded = SiteLoader.Load(TestSite.Input(files), BuildOptions.Default).Value;
        var parsed = SiteParser.Parse(loaded).Value;
        var processed = SiteProcessor.Process(loaded.Config, parsed, BuildOptions.Default).Value;
        var site = SiteAssembler.Assemble(loaded.Config, parsed, processed, BuildOptions.Default).Value;
        return OutputPlanner.Plan(site, new Router(null), loaded.Theme, pageSize).Value;
    }

    [Fact]
    public void Lists_every_page_json_export_and_asset_once()
    {
        var plan = Plan(briefings: 5, Paginator.Unpaged);
        var paths = plan.Outputs.Select(o => o.Path).ToList();
        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.All(Enumerable.Range(0, 5), i => Assert.Contains($"briefings/b{i:D4}/index.html", paths));
        Assert.Contains("index.html", paths);
        Assert.Contains("tags/otsc/index.html", paths);
        Assert.Contains("timeline/tags/otsc/index.html", paths);
        Assert.Contains("timeline/actors/minsk/index.html", paths);
        Assert.Contains("glossary/index.html", paths);
        Assert.Contains("404.html", paths);
        Assert.IsType<PlannedTimelineJson>(Assert.Single(plan.Outputs, o => o.Path == "timeline.json"));
        Assert.Equal("text/css; charset=utf-8", Assert.Single(plan.Outputs, o => o.Path == "assets/style.css").MediaType);
        Assert.All(plan.Pages, p => Assert.Equal(OutputPlanner.Layout, p.Layout));
    }

    [Fact]
    public void Paginated_listings_show_every_briefing_once_across_their_pages()
    {
        var plan = Plan(briefings: 95, pageSize: 10);
        var home = plan.Pages.Select(p => p.Data).OfType<HomeData>().ToList();
        Assert.Equal(10, home.Count);
        Assert.Equal(95, home.Sum(h => h.Pager.Length));
        Assert.Equal("page/10/index.html", home[^1].Pager.Path);
        var otsc = plan.Pages.Select(p => p.Data).OfType<TagData>().Where(t => t.Slug == "otsc").ToList();
        Assert.Equal(32, otsc.Sum(t => t.Pager.Length));
        Assert.Equal(["tags/otsc/index.html", "tags/otsc/page/2/index.html", "tags/otsc/page/3/index.html", "tags/otsc/page/4/index.html"],
            otsc.Select(t => t.Pager.Path));
    }

    [Fact]
    public void Paginated_pages_link_every_briefing_when_built()
    {
        var files = Enumerable.Range(0, 7).Select(i => ($"content/briefings/b{i}.md", TestSite.Briefing($"title: B {i}\ndate: 2022-01-0{1 + i}"))).ToArray();
        var output = new Output.MemoryOutput();
        var input = TestSite.Input([("content/site.yml", TestSite.MinimalConfig), .. files]);
        var loaded = SiteLoader.Load(input, BuildOptions.Default).Value;
        var parsed = SiteParser.Parse(loaded).Value;
        var processed = SiteProcessor.Process(loaded.Config, parsed, BuildOptions.Default).Value;
        var site = SiteAssembler.Assemble(loaded.Config, parsed, processed, BuildOptions.Default).Value;
        var router = new Router(null);
        var plan = OutputPlanner.Plan(site, router, loaded.Theme, pageSize: 3).Value;
        var rendered = Briefings.Rendering.SiteRenderer.Render(site, processed, parsed.Templates, loaded.Theme, router, plan, output);
        Assert.Empty(rendered.Diagnostics);

        var pages = new[] { "index.html", "page/2/index.html", "page/3/index.html" };
        var linked = pages.SelectMany(p => System.Text.RegularExpressions.Regex.Matches(output.Text(p), "href=\"([^\"]*briefings/b\\d/index.html)\"").Select(m => m.Groups[1].Value)).ToList();
        Assert.Equal(7, linked.Distinct().Count());
        Assert.Contains("href=\"page/2/index.html\" rel=\"next\"", output.Text("index.html"));
        Assert.Contains("href=\"../../index.html\" rel=\"prev\"", output.Text("page/2/index.html"));
        Assert.Contains("aria-current=\"page\">3</a>", output.Text("page/3/index.html"));
    }
}
