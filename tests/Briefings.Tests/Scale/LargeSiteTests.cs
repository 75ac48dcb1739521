using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;

namespace Briefings.Tests.Scale;

/// <summary>
/// Pages of more than a million characters come out whole: what a reader of a large site would notice
/// missing (a briefing absent from the home page, an event or a term that is not there, a page cut short).
/// </summary>
public sealed class LargeSiteTests(LargeSite site) : IClassFixture<LargeSite>
{
    private const string Home = "index.html", Timeline = "timeline/index.html", Glossary = "glossary/index.html";

    [Fact]
    public void Every_briefing_is_reachable_from_the_home_page_through_its_pager_exactly_once()
    {
        var pages = Crawl(Home, path => path == Home || path.StartsWith("page/", StringComparison.Ordinal));
        Assert.True(pages.Count > 1, "the home page is not paginated");
        var links = pages.SelectMany(p => Links(p).Where(l => l.StartsWith("briefings/", StringComparison.Ordinal)))
            .CountBy(href => href).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var missing = site.BriefingSlugs.Where(s => !links.ContainsKey(Page(s))).ToList();
        var repeated = links.Where(l => l.Value > 1).Select(l => l.Key).ToList();
        Assert.True(missing.Count == 0, $"the {pages.Count} home pages link {links.Count} of {site.BriefingSlugs.Count} briefings; missing {Some(missing)}");
        Assert.True(repeated.Count == 0, $"the home pages link {Some(repeated)} more than once");
        Assert.All(pages, p => Assert.True(site.Parse(p).QuerySelectorAll(".briefing-card").Length <= 20, p));
    }

    [Fact]
    public void Every_briefing_has_its_page()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Take(20)));
        var missing = site.BriefingSlugs.Select(Page).Where(p => !site.Output.Files.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} briefing pages were not written: {Some(missing)}");
    }

    [Fact]
    public void Every_event_of_the_json_export_is_on_a_timeline_page_reached_from_the_timeline()
    {
        var pages = Crawl(Timeline, path => path.StartsWith("timeline/", StringComparison.Ordinal) && !path.StartsWith("timeline/tags/", StringComparison.Ordinal)
            && !path.StartsWith("timeline/actors/", StringComparison.Ordinal));
        var anchors = pages.SelectMany(p => site.Parse(p).QuerySelectorAll("li[id]").Select(e => e.Id!)).ToHashSet(StringComparer.Ordinal);
        var exported = JsonNode.Parse(site.Output.Files["timeline.json"])!["events"]!.AsArray().Select(e => e!["unique_id"]!.GetValue<string>()).ToList();
        Assert.Equal(site.EventIds.Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
        var missing = exported.Where(id => !anchors.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"the {pages.Count} timeline pages lack {missing.Count} of {exported.Count} events: {Some(missing)}");
        Assert.All(pages, p => Assert.True(site.Parse(p).QuerySelectorAll("li[id]").Length <= Briefings.Planning.TimelineSplitter.MaxEventsPerPage, p));
    }

    [Fact]
    public void A_large_timeline_is_also_exported_a_year_at_a_time_with_every_event_once()
    {
        var yearly = site.Output.Files.Keys.Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^timeline/\d{4}/timeline\.json$")).ToList();
        Assert.NotEmpty(yearly);
        var ids = yearly.SelectMany(p => JsonNode.Parse(site.Output.Files[p])!["events"]!.AsArray().Select(e => e!["unique_id"]!.GetValue<string>())).ToList();
        Assert.Equal(site.EventIds.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        var link = JsonNode.Parse(site.Output.Files[yearly[0]])!["events"]!.AsArray()
            .Select(e => e!["text"]!["text"]!.GetValue<string>()).FirstOrDefault(t => t.Contains("href=", StringComparison.Ordinal));
        if (link is not null) Assert.Contains("href=\"../../briefings/", link);
    }

    [Fact]
    public void Every_term_has_its_own_page_listing_every_briefing_that_cites_it()
    {
        var index = site.Parse(Glossary);
        var model = site.Result.State!.Model;
        var problems = new List<string>();
        foreach (var id in site.TermIds)
        {
            if (index.GetElementById(id)?.QuerySelector("dt a") is not { } entry) { problems.Add($"{id} is not on the glossary page"); continue; }
            var first = $"glossary/{id}/index.html";
            if (entry.GetAttribute("href") != $"{id}/index.html") problems.Add($"{id}'s entry links to {entry.GetAttribute("href")}");
            var listed = Crawl(first, path => path.StartsWith($"glossary/{id}/", StringComparison.Ordinal))
                .SelectMany(p => Links(p).Where(l => l.StartsWith("briefings/", StringComparison.Ordinal))).ToList();
            var citing = model.MentionsOf(id).Select(b => Page(b.Slug)).ToList();
            if (!listed.SequenceEqual(citing)) problems.Add($"{id}: its pages list {listed.Count} briefings, {citing.Count} cite it");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} problems: {Some(problems)}");
        Assert.True(model.Glossary.Terms.Sum(t => model.MentionsOf(t.Id).Count) > site.BriefingSlugs.Count, "too few mentions to test the term pages");
    }

    [Fact]
    public void The_glossary_json_ld_describes_every_term()
    {
        var script = site.Parse(Glossary).QuerySelector("script[type='application/ld+json']");
        Assert.NotNull(script);
        JsonNode? jsonLd = null;
        try { jsonLd = JsonNode.Parse(script.TextContent); }
        catch (JsonException e) { Assert.Fail($"the glossary's JSON-LD is not JSON (cut short?): {e.Message}"); }
        var described = jsonLd?["hasDefinedTerm"]?.AsArray().Select(t => t?["@id"]?.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        var undescribed = site.TermIds.Where(id => !described.Contains($"glossary/{id}/index.html")).ToList();
        Assert.True(undescribed.Count == 0, $"the glossary's JSON-LD lacks {undescribed.Count} of {site.TermIds.Count} terms: {Some(undescribed)}");
    }

    [Fact]
    public void Every_page_ends_as_the_layout_does_and_nothing_is_cut_short()
    {
        // Scriban marks what it cut with "..."; neither the theme nor the generated content writes three dots.
        var ending = Encoding.UTF8.GetBytes("</html>\n");
        var marker = Encoding.UTF8.GetBytes("...");
        var problems = new List<string>();
        foreach (var page in site.HtmlPages)
        {
            var bytes = site.Output.Files[page];
            var at = bytes.AsSpan().IndexOf(marker);
            if (at >= 0) problems.Add($"{page} holds Scriban's truncation marker at byte {at:N0} of {bytes.Length:N0}: …{Before(bytes, at + marker.Length)}");
            if (!bytes.AsSpan().EndsWith(ending)) problems.Add($"{page} does not end with </html> and a line end but with …{Before(bytes, bytes.Length)}");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n{string.Join('\n', problems.Take(10))}");
    }

    [Theory]
    [InlineData("index.html", "page/")]
    [InlineData("timeline/index.html", "timeline/")]
    [InlineData("glossary/index.html", "glossary/")]
    public void The_listing_would_pass_the_old_limit_on_one_page(string first, string under)
    {
        // Before pagination each listing was one page, and Scriban cut it at a million characters.
        var pages = site.HtmlPages.Where(p => p == first || (p.StartsWith(under, StringComparison.Ordinal) && !p.Contains("/tags/") && !p.Contains("/actors/"))).ToList();
        var length = pages.Sum(p => site.Text(p).Length);
        Assert.True(length > LargeSite.ScribanLimit,
            $"{first} and the {pages.Count - 1} pages under {under} hold {length:N0} characters, not more than {LargeSite.ScribanLimit:N0}: LargeSite's counts must grow for this test to mean anything");
    }

    /// <summary>The pages reached from <paramref name="start"/> by following links to pages that <paramref name="within"/> accepts, in the order found.</summary>
    private List<string> Crawl(string start, Func<string, bool> within)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var order = new List<string> { start };
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var link in Links(order[i]).Where(l => within(l) && site.Output.Files.ContainsKey(l)))
            {
                if (seen.Add(link)) order.Add(link);
            }
        }
        return order;
    }

    /// <summary>The links of a page, as paths from the site's root (fragments dropped).</summary>
    private IEnumerable<string> Links(string page)
    {
        var folder = page.Contains('/') ? page[..(page.LastIndexOf('/') + 1)] : "";
        foreach (var a in site.Parse(page).QuerySelectorAll("main a[href]"))
        {
            var href = a.GetAttribute("href")!;
            if (href.StartsWith('#') || href.Contains(':')) continue;
            var path = href.Split('#')[0];
            var full = System.IO.Path.GetFullPath(System.IO.Path.Combine("/site/", folder, path)).Replace('\\', '/');
            if (full.StartsWith("/site/", StringComparison.Ordinal)) yield return full["/site/".Length..];
        }
    }

    /// <summary>Elements by id, the first of each as a browser scrolls to it; one pass, where looking up each id would walk the page each time.</summary>
    private static Dictionary<string, IElement> Anchors(IDocument document) =>
        document.QuerySelectorAll("[id]").DistinctBy(e => e.Id).ToDictionary(e => e.Id!, StringComparer.Ordinal);

    private static string Before(byte[] bytes, int end) => Encoding.UTF8.GetString(bytes, Math.Max(0, end - 60), Math.Min(end, 60)).Replace("\n", "\\n");

    private static string Page(string slug) => $"briefings/{slug}/index.html";

    private static string Some(IReadOnlyCollection<string> items) =>
        items.Count == 0 ? "none" : string.Join(", ", items.Take(5)) + (items.Count > 5 ? $" and {items.Count - 5} more" : "");
}
