using Briefings.Cli;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Search;

/// <summary>
/// A reader searches the demo site opened from disk, in a Chromium launched as a reader's browser is (without
/// <c>--allow-file-access-from-files</c>): people, places, terms and events are found, whatever the word form or
/// accents, and each result leads to its page and anchor with the words marked.
/// </summary>
public sealed class SearchBrowserTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private ChromiumSession? _browser;

    private string Demo => _temp.Combine("demo", "_site");

    public async ValueTask InitializeAsync()
    {
        _temp.CopyFrom(Repository.PathOf("content"), "demo/content");
        Assert.Equal(0, BriefingsApp.Run(["build", "--source", _temp.Combine("demo")], TextWriter.Null, TextWriter.Null));
        _browser = await Chromium.LaunchAsync(fileAccess: false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _temp.Dispose();
    }

    private sealed record Result(string Href, string Title, string Snippet);

    private async Task<(IReadOnlyList<Result> Results, string Status)> Search(string site, string query, IPage? page = null)
    {
        page ??= await _browser!.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site, "search", "index.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString(query));
        await page.WaitForFunctionAsync("() => { const s = document.querySelector('.search-status').textContent; return s && !s.endsWith('…'); }");
        var status = await page.TextContentAsync(".search-status") ?? "";
        var results = await page.EvalOnSelectorAllAsync<string[][]>(".search-result",
            "items => items.map(li => { const a = li.querySelector('h2 a'); return [a.getAttribute('href'), a.textContent, li.querySelector('.search-result-snippet').innerHTML]; })");
        return (results.Select(r => new Result(r[0], r[1], r[2])).ToList(), status);
    }

    [Theory]
    [InlineData("Loukachenko", "../briefings/otsc-allies-silencieux/index.html", "<mark>Loukachenko</mark>")]
    [InlineData("Loukachenko", "../glossary/loukachenko/index.html", "")]
    // alliés finds a briefing that only says "allié"
    [InlineData("alliés", "../briefings/belarus-allie-sans-troupes/index.html", "<mark>allié</mark>")]
    [InlineData("frappes", "../briefings/traite-securite-collective-1992/index.html", "<mark>frappes</mark>")]
    // without its accent
    [InlineData("belarus", "../glossary/belarus/index.html", "")]
    [InlineData("belarus", "../briefings/belarus-allie-sans-troupes/index.html", "<mark>Bélarus</mark>")]
    // a term, by its abbreviation and by its name
    [InlineData("OTSC", "../glossary/otsc/index.html", "")]
    [InlineData("Briansk", "../glossary/briansk/index.html", "")]
    // an event, at its anchor on the timeline, found by a word of its title without the comma below
    [InlineData("Chisinau", "../timeline/index.html#charte-de-chisinau", "<mark>Chișinău</mark>")]
    [InlineData("Tachkent", "../timeline/index.html#traite-de-tachkent", "")]
    public async Task A_query_finds_the_page_and_anchor_with_its_words_marked(string query, string href, string marked)
    {
        var (results, status) = await Search(Demo, query);
        var result = results.FirstOrDefault(r => r.Href == href);
        Assert.True(result is not null, $"'{query}' did not find {href} ({status}): {string.Join(", ", results.Select(r => r.Href))}");
        Assert.Contains(marked, result.Snippet, StringComparison.Ordinal);
        // Every result leads to a file of the site, and to an id that is in it.
        foreach (var r in results)
        {
            var (file, anchor) = r.Href.Split('#') is [var f, var a] ? (f, a) : (r.Href, null);
            var path = Path.GetFullPath(Path.Combine(Demo, "search", file));
            Assert.True(File.Exists(path), $"{r.Href} leads to no file");
            if (anchor is not null) Assert.Contains($"id=\"{anchor}\"", File.ReadAllText(path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Following_a_result_opens_the_event_at_its_anchor()
    {
        var page = await _browser!.Browser.NewPageAsync();
        var (results, _) = await Search(Demo, "Tachkent", page);
        Assert.NotEmpty(results);
        await page.ClickAsync(".search-result a[href$='#traite-de-tachkent']");
        await page.WaitForURLAsync("**/timeline/index.html#traite-de-tachkent");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('traite-de-tachkent') !== null"));
    }

    [Fact]
    public async Task Plural_and_singular_find_each_other_and_a_word_nowhere_finds_nothing()
    {
        var site = _temp.Combine("forms");
        _temp.Write("forms/content/site.yml", "title: Formes\nlanguage: fr\n");
        _temp.Write("forms/content/briefings/une.md", "---\ntitle: Une note\ndate: 2024-01-02\n---\nUne seule frappe, un seul allié.\n");
        Assert.Equal(0, BriefingsApp.Run(["build", "--source", site], TextWriter.Null, TextWriter.Null));
        foreach (var query in new[] { "frappes", "alliés", "FRAPPE", "allies" })
        {
            var (results, status) = await Search(Path.Combine(site, "_site"), query);
            Assert.True(results.Count == 1, $"'{query}': {status}");
            Assert.Equal("../briefings/une/index.html", results[0].Href);
        }
        var (none, noneStatus) = await Search(Path.Combine(site, "_site"), "Loukachenko");
        Assert.Empty(none);
        Assert.Equal("Aucun résultat.", noneStatus);
    }

    [Fact]
    public async Task The_header_box_searches_and_without_javascript_it_is_links_to_the_glossary_and_timeline()
    {
        var home = new Uri(Path.Combine(Demo, "index.html")).AbsoluteUri;
        var page = await _browser!.Browser.NewPageAsync();
        await page.GotoAsync(home);
        Assert.False(await page.IsVisibleAsync(".search-box-fallback"));
        await page.FillAsync("#search-box-q", "Loukachenko");
        await page.PressAsync("#search-box-q", "Enter");
        await page.WaitForSelectorAsync(".search-result");
        Assert.Contains("search/index.html?q=Loukachenko", page.Url, StringComparison.Ordinal);

        await using var context = await _browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var plain = await context.NewPageAsync();
        await plain.GotoAsync(home);
        Assert.False(await plain.IsVisibleAsync(".search-box-form"));
        var links = await plain.EvalOnSelectorAllAsync<string[]>(".search-box-fallback a", "links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["glossary/index.html", "timeline/index.html"], links);
    }
}
