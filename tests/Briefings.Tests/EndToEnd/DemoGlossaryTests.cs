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
        var links = page.QuerySelectorAll(".body a.term-link[href$='#otsc']");
        var link = Assert.Single(links);
        Assert.Equal("Organisation du traité de sécurité collective", link.TextContent);
        Assert.Equal("../../glossary/index.html#otsc", link.GetAttribute("href"));

        // The definition is the link's description, readable by keyboard focus without leaving the page.
        var tip = page.GetElementById(link.GetAttribute("aria-describedby")!)!;
        Assert.Equal("tooltip", tip.GetAttribute("role"));
        Assert.StartsWith("Alliance militaire née en 2002", tip.TextContent);

        // Later mentions, l’OTSC included, stay plain text.
        var body = page.QuerySelector(".body")!;
        Assert.Contains("l’OTSC (dont les membres", body.TextContent);
        Assert.Equal(1, body.QuerySelectorAll("a.term-link").Count(a => a.GetAttribute("href")!.EndsWith("#otsc", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_glossary_lists_every_term_in_french_order_with_the_briefings_citing_it()
    {
        var page = _site.Parse("glossary/index.html");
        var terms = page.QuerySelectorAll("dfn").Select(d => d.TextContent).ToList();
        Assert.Equal(terms.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), System.Globalization.CompareOptions.IgnoreCase)), terms);
        Assert.Equal(10, terms.Count);
        var otsc = page.GetElementById("otsc")!;
        Assert.Equal("OTSC", otsc.QuerySelector("abbr")!.TextContent);
        Assert.Contains(otsc.QuerySelectorAll(".cited-in a"), a => a.GetAttribute("href") == "../briefings/otsc-allies-silencieux/index.html");
        Assert.Empty(_site.BrokenLinks());
    }

    [Fact]
    public void A_briefing_lists_the_terms_it_mentions()
    {
        var page = _site.Parse("briefings/otsc-allies-silencieux/index.html");
        var listed = page.QuerySelectorAll(".mentioned-terms a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../../glossary/index.html#otsc", listed);
        Assert.Contains("../../glossary/index.html#article-4", listed);
        Assert.Equal(page.QuerySelectorAll(".body a.term-link").Count(), listed.Count);
    }
}
