using AngleSharp.Html.Parser;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Hostile;

/// <summary>No metadata value, however naughty, breaks the build or injects markup into a page.</summary>
public sealed class NaughtyStringsTests
{
    private static readonly Lazy<(BuildResult Result, MemoryOutput Output)> Built = new(() =>
    {
        var output = new MemoryOutput();
        var result = SiteBuilder.Build(new SiteInput(NaughtySite.Files().Select(f => InputFile.FromText(f.Path, f.Text))), BuildOptions.Default, output);
        return (result, output);
    });

    [Fact]
    public void The_build_succeeds_with_every_string_in_every_field()
    {
        var (result, output) = Built.Value;
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(20)));
        Assert.Equal(NaughtySite.Strings.Count, output.Files.Keys.Count(k => k.StartsWith("briefings/n", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_page_holds_markup_that_came_from_metadata()
    {
        var parser = new HtmlParser();
        foreach (var (path, bytes) in Built.Value.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
            Assert.True(document.QuerySelectorAll(SiteFolder.InjectedScripts).Length == 0, $"{path} has a script element");
            Assert.True(document.QuerySelectorAll("img, iframe, object, embed, svg, math, form:not(.search-box-form):not(.search-form), input:not(.search-box-input):not(.search-input), marquee").Length == 0, $"{path} has an injected element");
            var handlers = document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => a.Name).ToList();
            Assert.True(handlers.Count == 0, $"{path} has event handler attributes: {string.Join(", ", handlers)}");
            var scripted = document.QuerySelectorAll("[href], [src]")
                .Select(e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.Trim())
                .Where(u => !Routing.Urls.IsSafe(u)).ToList();
            Assert.True(scripted.Count == 0, $"{path} links to {string.Join(", ", scripted)}");
        }
    }

    [Fact]
    public async Task No_injected_script_runs_in_chromium()
    {
        using var folder = new TempFolder();
        foreach (var (path, bytes) in Built.Value.Output.Files) 
        {
            var target = folder.Combine(path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, bytes, TestContext.Current.CancellationToken);
        }

        await using var browser = await Chromium.LaunchAsync();
        var dialogs = new System.Collections.Concurrent.ConcurrentBag<string>();
        var page = await Prepare(await browser.NewPageAsync(), dialogs);

        // Every briefing page (all the fields of a briefing, its events and its terms) and every page of
        // its own kind (index, timeline, glossary, tags); of the many tag and actor pages, which repeat
        // those templates, the first 25 of each kind. The static test above reads every page.
        var pages = Built.Value.Output.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal))
            .GroupBy(Kind)
            .SelectMany(g => g.Key == "briefings" ? g : g.Order(StringComparer.Ordinal).Take(25))
            .Order(StringComparer.Ordinal).ToList();
        var injected = new System.Collections.Concurrent.ConcurrentBag<string>();
        // A few tabs at once; by DOMContentLoaded every inline and deferred script has run.
        var tabs = new List<IPage> { page };
        for (var t = 1; t < 4; t++) tabs.Add(await Prepare(await browser.NewPageAsync(), dialogs));
        await Task.WhenAll(tabs.Select(async (tab, t) =>
        {
            for (var p = t; p < pages.Count; p += tabs.Count)
            {
                await tab.GotoAsync(new Uri(folder.Combine(pages[p])).AbsoluteUri, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
                if (await tab.GetAttributeAsync("html", "data-injected") is { } marker) injected.Add($"{pages[p]}: {marker}");
            }
        }));
        Assert.Empty(dialogs);
        Assert.True(pages.Count > NaughtySite.Strings.Count, $"only {pages.Count} pages were loaded");
        Assert.Empty(injected);
    }

    /// <summary><c>briefings</c>, or the folder of a listing's pages (<c>tags</c>, <c>timeline/actors</c>), or the page itself.</summary>
    private static string Kind(string path)
    {
        if (path.StartsWith("briefings/", StringComparison.Ordinal)) return "briefings";
        var parts = path.Split('/');
        return parts.Length >= 3 ? string.Join('/', parts[..^2]) : path;
    }

    private static async Task<IPage> Prepare(IPage page, System.Collections.Concurrent.ConcurrentBag<string> dialogs)
    {
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{page.Url}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        // Whatever an injected script calls, alert and friends mark the page instead of blocking it.
        await page.AddInitScriptAsync("window.alert = window.confirm = window.prompt = (m) => { document.documentElement.dataset.injected = String(m); };");
        return page;
    }
}
