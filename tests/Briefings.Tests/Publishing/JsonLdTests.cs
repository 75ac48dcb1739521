using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefings.Publishing;
using Briefings.Timeline.Edtf;
using Briefings.Tests.Support;
using static Briefings.Tests.Publishing.PublishingSupport;

namespace Briefings.Tests.Publishing;

/// <summary>schema.org JSON-LD and social tags as a search engine or a link preview reads them.</summary>
public sealed class JsonLdTests
{
    [Fact]
    public void Every_page_of_the_demo_has_json_ld_that_parses_with_its_required_keys_and_absolute_urls()
    {
        var (_, output) = Demo();
        var parser = new HtmlParser();
        var types = new HashSet<string>();
        foreach (var path in output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html"))
        {
            var page = parser.ParseDocument(output.Text(path));
            var scripts = page.QuerySelectorAll("script[type='application/ld+json']").ToList();
            Assert.True(path == "index.html" || scripts.Count > 0, $"{path} has no JSON-LD");
            foreach (var script in scripts)
            {
                using var json = JsonDocument.Parse(script.TextContent);
                var root = json.RootElement;
                Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
                var type = root.TryGetProperty("@type", out var t) ? t.GetString()! : "@graph";
                types.Add(type);
                Required(type, root, path);
                foreach (var url in Urls(root)) Assert.StartsWith(Base, url);
            }
            // Open Graph and Twitter: what a shared link shows.
            Assert.NotNull(page.QuerySelector("meta[property='og:title'][content]"));
            Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
            Assert.Equal(Base + path, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
            Assert.Equal(Base + "feed.xml", page.QuerySelector("link[rel='alternate'][type='application/atom+xml']")!.GetAttribute("href"));
        }
        Assert.Superset(new HashSet<string> { "NewsArticle", "BreadcrumbList", "@graph", "DefinedTermSet" }, types);

        var article = Ld(output.Text("briefings/otsc-allies-silencieux/index.html"), "NewsArticle");
        Assert.Equal("Diplomatie\u00A0: l’autre bataille russe", article.GetProperty("headline").GetString());
        Assert.Equal("fr", article.GetProperty("inLanguage").GetString());
        Assert.Equal("https://legrandcontinent.eu/fr/", article.GetProperty("isBasedOn").GetProperty("url").GetString());
        Assert.Equal("article", new HtmlParser().ParseDocument(output.Text("briefings/otsc-allies-silencieux/index.html"))
            .QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public void Timeline_events_carry_a_start_date_only_where_their_date_has_a_plain_iso_form()
    {
        var (_, output) = Demo();
        var graph = Ld(output.Text("timeline/index.html"), null).GetProperty("@graph").EnumerateArray()
            .ToDictionary(e => e.GetProperty("@id").GetString()![(Base.Length + "timeline/index.html#".Length)..]);
        Assert.Equal("1992-05-15", graph["traite-de-tachkent"].GetProperty("startDate").GetString());
        Assert.Equal("Tachkent (Ouzbékistan)", graph["traite-de-tachkent"].GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("1993", graph["adhesions-1993"].GetProperty("startDate").GetString());
        Assert.False(graph["declaration-loukachenko"].TryGetProperty("startDate", out _), "2022?-02-13 is doubted: no startDate");
        Assert.All(graph.Values, e => Assert.Equal("Event", e.GetProperty("@type").GetString()));
    }

    [Theory]
    [InlineData("2022-04-01", "2022-04-01", null)]
    [InlineData("2022-04", "2022-04", null)]
    [InlineData("2022", "2022", null)]
    [InlineData("2022-04/2022-06-30", "2022-04", "2022-06-30")]
    [InlineData("../2022", null, "2022")]
    [InlineData("2022-21/..", null, null)]
    [InlineData("2022?-02-13", null, null)]
    [InlineData("2022-02~", null, null)]
    [InlineData("201X", null, null)]
    [InlineData("[2021,2022]", null, null)]
    [InlineData("-0044-03-15", null, null)]
    public void An_edtf_date_gives_schema_org_dates_only_when_plain(string edtf, string? start, string? end)
    {
        Assert.True(EdtfSyntax.TryParse(edtf, out var value, out var error), error);
        Assert.Equal((start, end), SchemaDates.Of(value));
    }

    [Fact]
    public void A_naughty_title_stays_inside_its_json_ld_and_meta_tags()
    {
        const string naughty = "</script><script>alert(1)</script> & \"quotes\" <!-- fin";
        var (result, output) = TestSite.Build(WithBase,
            ("content/briefings/a.md", TestSite.Briefing($"title: '{naughty}'\nlanguage: en\ndate: 2026-01-01\nsummary: '{naughty}'\ntags: ['{naughty}']")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var html = output.Text("briefings/a/index.html");
        var page = new HtmlParser().ParseDocument(html);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Trim() == "alert(1)");
        Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        var article = Ld(html, "NewsArticle");
        Assert.Equal(naughty, article.GetProperty("headline").GetString());
        Assert.Equal(naughty, article.GetProperty("keywords")[0].GetString());
        Assert.Equal(naughty, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal(naughty, page.QuerySelector("meta[property='article:tag']")!.GetAttribute("content"));
        // The feed holds the title as XML text, escaped by the writer.
        Assert.Contains(naughty, AtomTitles(output.Text("feed.xml")));
    }

    private static IEnumerable<string> AtomTitles(string xml) =>
        System.Xml.Linq.XDocument.Parse(xml).Descendants(System.Xml.Linq.XName.Get("title", "http://www.w3.org/2005/Atom")).Select(t => t.Value);

    /// <summary>The page's JSON-LD object of that type (or its <c>@graph</c> with null).</summary>
    private static JsonElement Ld(string html, string? type)
    {
        foreach (var script in new HtmlParser().ParseDocument(html).QuerySelectorAll("script[type='application/ld+json']"))
        {
            var root = JsonDocument.Parse(script.TextContent).RootElement;
            var has = root.TryGetProperty("@type", out var t);
            if (type is null ? !has : has && t.GetString() == type) return root;
        }
        throw new Xunit.Sdk.XunitException($"no JSON-LD {type ?? "@graph"}");
    }

    private static void Required(string type, JsonElement root, string path)
    {
        string[] keys = type switch
        {
            "NewsArticle" => ["headline", "datePublished", "dateModified", "author", "inLanguage", "url", "mainEntityOfPage", "publisher"],
            "BreadcrumbList" => ["itemListElement"],
            "DefinedTermSet" => ["name", "hasDefinedTerm"],
            _ => ["@graph"],
        };
        foreach (var key in keys) Assert.True(root.TryGetProperty(key, out _), $"{type} on {path} has no {key}");
        if (type == "BreadcrumbList")
        {
            var items = root.GetProperty("itemListElement").EnumerateArray().ToList();
            Assert.True(items.Count >= 2);
            Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("position").GetInt32()));
            Assert.Equal(Base + path, items[^1].GetProperty("item").GetString());
        }
        if (type == "@graph")
        {
            foreach (var e in root.GetProperty("@graph").EnumerateArray())
            {
                Assert.Equal("Event", e.GetProperty("@type").GetString());
                Assert.True(e.TryGetProperty("name", out _));
            }
        }
    }

    /// <summary>The site's own URLs in an object: its ids, urls and breadcrumb items (a source's url is elsewhere: left out).</summary>
    private static IEnumerable<string> Urls(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) foreach (var url in Urls(item)) yield return url;
        }
        if (element.ValueKind != JsonValueKind.Object) yield break;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "isBasedOn") continue;
            if (property.Name is "@id" or "url" or "item" or "inDefinedTermSet" && property.Value.ValueKind == JsonValueKind.String) yield return property.Value.GetString()!;
            else foreach (var url in Urls(property.Value)) yield return url;
        }
    }
}
