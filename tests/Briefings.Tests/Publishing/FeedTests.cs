using System.Xml.Linq;
using Briefings.Publishing;
using Briefings.Tests.Support;
using static Briefings.Tests.Publishing.PublishingSupport;

namespace Briefings.Tests.Publishing;

/// <summary>Atom feeds as a feed reader meets them: valid, newest first, whole, with links that work away from the site.</summary>
public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Every_feed_of_the_demo_is_valid_atom_with_absolute_urls_under_the_base_path()
    {
        var (_, output) = Demo();
        var feeds = output.Files.Keys.Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal)).Order().ToList();
        Assert.Contains("feed.xml", feeds);
        Assert.Contains("tags/otsc/feed.xml", feeds);
        foreach (var feed in feeds) AtomAssert.Valid(output.Files[feed], Base + feed);

        // The site's feed holds every briefing (the demo has fewer than the window), each whole, its tags as categories.
        var ids = AtomAssert.Valid(output.Files["feed.xml"], Base + "feed.xml");
        var briefings = output.Files.Keys.Where(p => p.StartsWith("briefings/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(briefings.Select(p => Base + p).Order(), ids.Order());
        var entry = XDocument.Parse(output.Text("feed.xml")).Root!.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value.Contains("otsc-allies-silencieux", StringComparison.Ordinal));
        Assert.Contains("Loukachenko", entry.Element(Atom + "content")!.Value);
        Assert.Contains("href=\"https://example.org/briefings/glossary/", entry.Element(Atom + "content")!.Value);
        // A term stays a link; its definition, a tooltip on the page, would read as part of the sentence in a feed reader.
        Assert.DoesNotContain("term-tip", entry.Element(Atom + "content")!.Value);
        Assert.Contains(entry.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "otsc" && (string?)c.Attribute("label") == "OTSC");
        Assert.NotNull(entry.Element(Atom + "summary"));
        Assert.NotNull(entry.Element(Atom + "published"));
    }

    [Fact]
    public void A_site_that_mixes_languages_has_a_feed_per_language_and_each_tag_has_its_own()
    {
        var (result, output) = TestSite.Build(WithBase,
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2026-01-01\nlanguage: en\ntags: [Alpha]")),
            ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2026-01-02\ntags: [Alpha, Beta]")),
            ("content/briefings/c.md", TestSite.Briefing("title: C\ndate: 2026-01-03\nlanguage: en")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        string[] Ids(string path) => AtomAssert.Valid(output.Files[path], Base + path).Select(id => id[(Base.Length + "briefings/".Length)..].TrimEnd('/').Replace("/index.html", "")).ToArray();
        Assert.Equal(["c", "b", "a"], Ids("feed.xml"));
        Assert.Equal(["c", "a"], Ids("feeds/en.xml"));
        Assert.Equal(["b"], Ids("feeds/fr.xml"));
        Assert.Equal(["b", "a"], Ids("tags/alpha/feed.xml"));
        Assert.Equal(["b"], Ids("tags/beta/feed.xml"));
        Assert.Equal("en", XDocument.Parse(output.Text("feeds/en.xml")).Root!.Attribute(XNamespace.Xml + "lang")!.Value);

        // Pages announce the site's feed, and a tag's page its own too.
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test\" href=\"https://example.org/briefings/feed.xml\">", output.Text("briefings/a/index.html"));
        Assert.Contains("href=\"https://example.org/briefings/tags/alpha/feed.xml\"", output.Text("tags/alpha/index.html"));
        Assert.DoesNotContain("tags/alpha/feed.xml", output.Text("tags/beta/index.html"));
    }

    [Fact]
    public void A_feed_is_a_window_on_the_latest_briefings_while_the_sitemap_lists_them_all()
    {
        var files = Enumerable.Range(1, PublishingPlanner.FeedEntries + 10)
            .Select(i => ($"content/briefings/b{i:D3}.md", TestSite.Briefing($"title: B{i}\ndate: {new DateOnly(2025, 1, 1).AddDays(i):yyyy-MM-dd}")))
            .ToArray();
        var (result, output) = TestSite.Build(WithBase, files);
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var ids = AtomAssert.Valid(output.Files["feed.xml"], Base + "feed.xml");
        Assert.Equal(PublishingPlanner.FeedEntries, ids.Count);
        Assert.Equal(Base + $"briefings/b{PublishingPlanner.FeedEntries + 10:D3}/index.html", ids[0]);
        Assert.Contains(Base + "briefings/b001/index.html", output.Text("sitemap.xml"));
    }

    [Fact]
    public void Control_characters_that_xml_forbids_are_left_out_of_feeds_and_sitemaps()
    {
        var (result, output) = TestSite.Build(WithBase,
            ("content/briefings/a.md", TestSite.Briefing("title: \"Rouge \\e[31m vif\"\ndate: 2026-01-01\nsummary: \"Saut\\fde page\"\ntags: [\"T\\x01\"]", "Texte\u0007 sonore.")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        AtomAssert.Valid(output.Files["feed.xml"], Base + "feed.xml");
        var entry = XDocument.Parse(output.Text("feed.xml")).Root!.Element(Atom + "entry")!;
        Assert.Equal("Rouge [31m vif", entry.Element(Atom + "title")!.Value);
        Assert.Equal("Sautde page", entry.Element(Atom + "summary")!.Value);
        Assert.Empty(SchemaErrors(output.Files["sitemap.xml"]));
    }

    [Fact]
    public void Links_and_images_in_a_feed_entry_are_absolute_so_they_work_in_a_reader()
    {
        var (result, output) = TestSite.Build(WithBase,
            ("content/briefings/a/index.md", TestSite.Briefing("title: A\ndate: 2026-01-01", "Voir [B](../b.md#x), [haut](#top) et ![carte](carte.png).")),
            ("content/briefings/a/carte.png", "png"),
            ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2026-01-02")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var entry = XDocument.Parse(output.Text("feed.xml")).Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == "A");
        var html = entry.Element(Atom + "content")!.Value;
        Assert.Contains("href=\"https://example.org/briefings/briefings/b/index.html#x\"", html);
        Assert.Contains("href=\"https://example.org/briefings/briefings/a/index.html#top\"", html);
        Assert.Contains("src=\"https://example.org/briefings/briefings/a/carte.png\"", html);
    }
}
