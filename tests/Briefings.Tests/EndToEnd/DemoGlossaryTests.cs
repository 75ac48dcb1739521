using Briefings.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.EndToEnd;

/// <summary>The demo site's glossary as a reader meets it in the seed article and on the glossary page.</summary>
public sealed class DemoGlossaryTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SiteFolder _site;

    public DemoGlossaryTests()
    {
        _temp.CopyFrom(Repository.PathOf("content"), "demo/content");
        Assert.Equal(0, BriefingsApp.Run(["build", "--source", _temp.Combine("demo")], TextWriter.Null, TextWriter.Null));
        _site = new SiteFolder(_temp.Combine("demo", "_site"));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_seed_links_the_organisation_at_its_full_name_and_not_later()
    {
        var page = _site.Parse("briefings/otsc-allies-silencieux/index.html");
        var links = page.QuerySelectorAll(".body a.term-link[href$='/otsc/index.html']");
        var link = Assert.Single(links);
        Assert.Equal("Organisation du traité de sécurité collective", link.TextContent);
        Assert.Equal("../../glossary/otsc/index.html", link.GetAttribute("href"));

        // The definition is the link's description, readable by keyboard focus without leaving the page.
        var tip = page.GetElementById(link.GetAttribute("aria-describedby")!)!;
        Assert.Equal("tooltip", tip.GetAttribute("role"));
        Assert.StartsWith("Alliance militaire née en 2002", tip.TextContent);

        // Later mentions, l’OTSC included, stay plain text.
        var body = page.QuerySelector(".body")!;
        Assert.Contains("l’OTSC (dont les membres", body.TextContent);
        Assert.Equal(1, body.QuerySelectorAll("a.term-link").Count(a => a.GetAttribute("href")!.EndsWith("/otsc/index.html", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_glossary_lists_every_term_in_french_order_and_each_term_page_every_briefing_citing_it()
    {
        var page = _site.Parse("glossary/index.html");
        var terms = page.QuerySelectorAll("dfn").Select(d => d.TextContent).ToList();
        Assert.Equal(terms.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), System.Globalization.CompareOptions.IgnoreCase)), terms);
        Assert.Equal(10, terms.Count);
        var otsc = page.GetElementById("otsc")!;
        Assert.Equal("OTSC", otsc.QuerySelector("abbr")!.TextContent);
        Assert.Equal("otsc/index.html", otsc.QuerySelector("dt a")!.GetAttribute("href"));
        Assert.Equal("Cité dans 2\u00A0notes", otsc.QuerySelector(".cited-count")!.TextContent);

        var term = _site.Parse("glossary/otsc/index.html");
        Assert.Equal("Organisation du traité de sécurité collective", term.QuerySelector("h1 dfn")!.TextContent);
        Assert.StartsWith("Alliance militaire née en 2002", term.QuerySelector(".definition")!.TextContent);
        Assert.Equal("../traite-de-securite-collective/index.html", term.QuerySelector(".definition a")!.GetAttribute("href"));
        Assert.Equal(["../../briefings/otsc-allies-silencieux/index.html", "../../briefings/traite-securite-collective-1992/index.html"],
            term.QuerySelectorAll(".citing-briefings a").Select(a => a.GetAttribute("href")));
        Assert.Empty(_site.BrokenLinks());
    }

    [Fact]
    public void A_briefing_lists_the_terms_it_mentions()
    {
        var page = _site.Parse("briefings/otsc-allies-silencieux/index.html");
        var listed = page.QuerySelectorAll(".mentioned-terms a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../../glossary/otsc/index.html", listed);
        Assert.Contains("../../glossary/article-4/index.html", listed);
        Assert.Equal(page.QuerySelectorAll(".body a.term-link").Count(), listed.Count);
    }
}
