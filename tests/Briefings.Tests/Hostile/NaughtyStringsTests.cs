using AngleSharp.Html.Parser;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Hostile;

/// <summary>No metadata value, however naughty, breaks the build or injects markup into a page.</summary>
public sealed class NaughtyStringsTests(SharedFixture shared)
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

    /// <summary>
    /// Pages load in batches of iframes of one tab (each a document of its own, running its own scripts): one
    /// Playwright navigation per page, in four tabs, cost 58 s for the 617 pages on a quiet machine (300 s under
    /// CI's load), and batches of iframes load them about three times faster (160 pages: 12 s against 4 s, measured
    /// in one process).
    /// </summary>
    [Fact]
    public async Task No_injected_script_runs_in_chromium()
    {
        var browser = await shared.Browser();
        var folder = shared.Scratch("naughty");
        foreach (var (path, bytes) in Built.Value.Output.Files)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, bytes, TestContext.Current.CancellationToken);
        }
        var host = Path.Combine(folder, "frames.html");
        await File.WriteAllTextAsync(host, "<!DOCTYPE html><title>frames</title>", TestContext.Current.CancellationToken);

        await using var context = await browser.NewContextAsync();
        // Whatever an injected script calls, alert and friends mark its document instead of blocking it; a
        // context's init script runs first in every frame.
        await context.AddInitScriptAsync("window.alert = window.confirm = window.prompt = (m) => { document.documentElement.dataset.injected = String(m); };");
        var page = await context.NewPageAsync();
        var dialogs = new System.Collections.Concurrent.ConcurrentBag<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{dialog.Message}");
            await dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(host).AbsoluteUri);

        // Every briefing page (all the fields of a briefing, its events and its terms) and every page of
        // its own kind (index, timeline, glossary, tags); of the many tag and actor pages, which repeat
        // those templates, the first 25 of each kind. The static test above reads every page.
        var pages = Built.Value.Output.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal))
            .GroupBy(Kind)
            .SelectMany(g => g.Key == "briefings" ? g : g.Order(StringComparer.Ordinal).Take(25))
            .Order(StringComparer.Ordinal).ToList();
        var injected = new List<string>();
        var loaded = 0;
        foreach (var batch in pages.Chunk(Batch))
        {
            // By an iframe's load event every inline, deferred and module script of its page has run. The frames
            // are file:// pages like their host, and Chromium runs with --allow-file-access-from-files: the host
            // reads their documents.
            var marks = await page.EvaluateAsync<string[]>(@"(urls) => new Promise((resolve, reject) => {
                document.body.replaceChildren();
                let left = urls.length;
                const late = setTimeout(() => reject(new Error(left + ' pages did not load in 60 s')), 60000);
                const frames = urls.map(url => {
                    const frame = document.createElement('iframe');
                    frame.addEventListener('load', () => {
                        if (--left > 0) return;
                        clearTimeout(late);
                        // A frame whose document the host cannot read was sent elsewhere: that is a script at work too.
                        resolve(frames.map(f => f.contentDocument ? f.contentDocument.documentElement.dataset.injected ?? '' : 'left for ' + f.src));
                    }, { once: true });
                    frame.src = url;
                    return frame;
                });
                document.body.append(...frames);
            })", batch.Select(p => new Uri(Path.Combine(folder, p)).AbsoluteUri).ToArray());
            injected.AddRange(batch.Zip(marks).Where(m => m.Second.Length > 0).Select(m => $"{m.First}: {m.Second}"));
            loaded += marks.Length;
        }
        Assert.Empty(dialogs);
        Assert.True(loaded > NaughtySite.Strings.Count, $"only {loaded} pages were loaded");
        Assert.Empty(injected);
    }

    private const int Batch = 40;

    /// <summary><c>briefings</c>, or the folder of a listing's pages (<c>tags</c>, <c>timeline/actors</c>), or the page itself.</summary>
    private static string Kind(string path)
    {
        if (path.StartsWith("briefings/", StringComparison.Ordinal)) return "briefings";
        var parts = path.Split('/');
        return parts.Length >= 3 ? string.Join('/', parts[..^2]) : path;
    }
}
