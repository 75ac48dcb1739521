using System.Xml.Linq;
using Briefings.Bench;
using Briefings.Content;
using Briefings.Output;
using Briefings.Pipeline;
using Briefings.Tests.Support;
using static Briefings.Tests.Publishing.PublishingSupport;

namespace Briefings.Tests.Publishing;

/// <summary>The sitemap as a crawler reads it: valid per sitemaps.org, every page once, split where the protocol says.</summary>
public sealed class SitemapTests : IDisposable
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_demo_sitemap_validates_and_lists_every_page_once_by_its_canonical_url()
    {
        var (_, output) = Demo();
        Assert.Empty(SchemaErrors(output.Files["sitemap.xml"]));
        var locs = Locs(output, "sitemap.xml");
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Equal(Pages(output), new SortedSet<string>(locs, StringComparer.Ordinal));
        var page = output.Text("briefings/otsc-allies-silencieux/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/briefings/briefings/otsc-allies-silencieux/index.html\">", page);
        Assert.Equal("User-agent: *\nDisallow:\n\nSitemap: https://example.org/briefings/sitemap.xml\n", output.Text("robots.txt"));
    }

    [Fact]
    public void Past_the_limit_the_sitemap_becomes_an_index_of_parts_that_together_list_every_page()
    {
        var files = Enumerable.Range(1, 12).Select(i => ($"content/briefings/b{i:D2}.md", TestSite.Briefing($"title: B{i}\ndate: 2026-01-{i:D2}\ntags: [T{i % 3}]"))).ToArray();
        var (result, output) = TestSite.Build(WithBase with { SitemapUrls = 5 }, files);
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));

        Assert.Empty(SchemaErrors(output.Files["sitemap.xml"]));
        var index = XDocument.Parse(output.Text("sitemap.xml")).Root!;
        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        var parts = index.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value).ToList();
        var all = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            Assert.Equal($"{Base}sitemap-{i + 1}.xml", parts[i]);
            var path = parts[i][Base.Length..];
            Assert.Empty(SchemaErrors(output.Files[path]));
            var locs = Locs(output, path);
            Assert.InRange(locs.Count, 1, 5);
            all.AddRange(locs);
        }
        Assert.True(parts.Count > 2);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(Pages(output), new SortedSet<string>(all, StringComparer.Ordinal));
        Assert.Contains("Sitemap: https://example.org/briefings/sitemap.xml", output.Text("robots.txt"));
    }

    [Fact]
    public void A_generated_site_of_2000_briefings_has_every_page_in_its_sitemap_paginated_listings_included()
    {
        SiteGenerator.Write(_temp.Combine("site"), briefings: 2_000, terms: 80, events: 600, seed: 15);
        var output = new MemoryOutput();
        var result = SiteBuilder.Build(SiteReader.Read(_temp.Combine("site")), WithBase, output);
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Empty(SchemaErrors(output.Files["sitemap.xml"]));
        var locs = Locs(output, "sitemap.xml");
        var pages = Pages(output);
        Assert.True(pages.Count > 2_100, $"{pages.Count} pages");
        Assert.Equal(pages, new SortedSet<string>(locs, StringComparer.Ordinal));
        Assert.Contains(Base + "page/100/index.html", locs); // the home listing's last page, at 20 a page
    }

    [Fact]
    public void A_sites_own_robots_txt_or_feed_is_published_instead_of_the_generated_one()
    {
        var (result, output) = TestSite.Build(WithBase,
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2026-01-01")),
            ("static/robots.txt", "User-agent: *\nDisallow: /brouillons/\n"),
            ("static/feed.xml", "<feed/>"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Equal("User-agent: *\nDisallow: /brouillons/\n", output.Text("robots.txt"));
        Assert.Equal("<feed/>", output.Text("feed.xml"));
        Assert.True(output.Files.ContainsKey("sitemap.xml"));
    }

    private static List<string> Locs(MemoryOutput output, string path) =>
        XDocument.Parse(output.Text(path)).Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
}
