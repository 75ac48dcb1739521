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
    public void The_home_page_links_every_briefing_exactly_once()
    {
        var links = site.Parse(Home).QuerySelectorAll("a[href^='briefings/']").Select(a => a.GetAttribute("href")!)
            .CountBy(href => href).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var missing = site.BriefingSlugs.Where(s => !links.ContainsKey(Page(s))).ToList();
        var repeated = links.Where(l => l.Value > 1).Select(l => l.Key).ToList();
        Assert.True(missing.Count == 0, $"the home page ({site.Text(Home).Length:N0} characters) links {links.Count} of {site.BriefingSlugs.Count} briefings; missing {Some(missing)}");
        Assert.True(repeated.Count == 0, $"the home page links {Some(repeated)} more than once");
    }

    [Fact]
    public void Every_briefing_has_its_page()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Take(20)));
        var missing = site.BriefingSlugs.Select(Page).Where(p => !site.Output.Files.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} briefing pages were not written: {Some(missing)}");
    }

    [Fact]
    public void The_timeline_has_every_event()
    {
        var anchors = Anchors(site.Parse(Timeline));
        var missing = site.EventIds.Where(id => !anchors.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, $"the timeline ({site.Text(Timeline).Length:N0} characters) lacks {missing.Count} of {site.EventIds.Count} events: {Some(missing)}");
    }

    [Fact]
    public void The_glossary_lists_every_term_on_the_page_and_in_its_json_ld()
    {
        var document = site.Parse(Glossary);
        var anchors = Anchors(document);
        var missing = site.TermIds.Where(id => anchors.GetValueOrDefault(id)?.QuerySelector("dfn") is null).ToList();
        Assert.True(missing.Count == 0, $"the glossary ({site.Text(Glossary).Length:N0} characters) lacks {missing.Count} of {site.TermIds.Count} terms: {Some(missing)}");

        // The JSON-LD comes last, so it is what a cut at the end of the page loses first.
        var script = document.QuerySelector("script[type='application/ld+json']");
        Assert.NotNull(script);
        JsonNode? jsonLd = null;
        try { jsonLd = JsonNode.Parse(script.TextContent); }
        catch (JsonException e) { Assert.Fail($"the glossary's JSON-LD is not JSON (cut short?): {e.Message}"); }
        var described = jsonLd?["hasDefinedTerm"]?.AsArray().Select(t => t?["@id"]?.GetValue<string>().Split('#')[^1]).ToHashSet(StringComparer.Ordinal) ?? [];
        var undescribed = site.TermIds.Where(id => !described.Contains(id)).ToList();
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
    [InlineData(Home)]
    [InlineData(Timeline)]
    [InlineData(Glossary)]
    public void The_page_is_large_enough_to_test_the_limit(string page)
    {
        var length = site.Text(page).Length;
        Assert.True(length > LargeSite.ScribanLimit,
            $"{page} has {length:N0} characters, not more than {LargeSite.ScribanLimit:N0}: it was cut short, or the theme got leaner and LargeSite's counts must grow for this test to mean anything");
    }

    /// <summary>Elements by id, the first of each as a browser scrolls to it; one pass, where looking up each id would walk the page each time.</summary>
    private static Dictionary<string, IElement> Anchors(IDocument document) =>
        document.QuerySelectorAll("[id]").DistinctBy(e => e.Id).ToDictionary(e => e.Id!, StringComparer.Ordinal);

    private static string Before(byte[] bytes, int end) => Encoding.UTF8.GetString(bytes, Math.Max(0, end - 60), Math.Min(end, 60)).Replace("\n", "\\n");

    private static string Page(string slug) => $"briefings/{slug}/index.html";

    private static string Some(IReadOnlyCollection<string> items) =>
        items.Count == 0 ? "none" : string.Join(", ", items.Take(5)) + (items.Count > 5 ? $" and {items.Count - 5} more" : "");
}
