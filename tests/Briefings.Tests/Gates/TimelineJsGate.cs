using System.Collections.Concurrent;
using System.Text.Json;
using Briefings.Tests.Support;

namespace Briefings.Tests.Gates;

/// <summary>
/// Each site's <c>timeline.json</c> loads in TimelineJS itself (npm <c>@knight-lab/timelinejs</c>), in Chromium and
/// offline: a slide for the title and for every event, and not one console error, page error or failed request.
/// </summary>
public sealed class TimelineJsGate(SharedFixture shared)
{
    [Fact]
    public async Task The_demo_timeline_shows_every_event() => await ShowsEveryEvent(await shared.Demo);

    [Fact]
    public async Task The_generated_timeline_shows_every_event() => await ShowsEveryEvent(await shared.Generated);

    private async Task ShowsEveryEvent(BuiltSite site)
    {
        var dist = GateTools.OfThisMachine.TimelineJsDist("that timeline.json loads in TimelineJS");
        var json = await File.ReadAllTextAsync(site.PathOf("timeline.json"), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        var events = document.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("unique_id").GetString()!).ToList();
        var hasTitle = document.RootElement.TryGetProperty("title", out _);

        // A page of our own holding TimelineJS's files where fetch.sh put them.
        var folder = shared.Scratch($"timelinejs-{site.Name}");
        var host = Path.Combine(folder, "index.html");
        var distUrl = new Uri(dist + "/").AbsoluteUri;
        await File.WriteAllTextAsync(host,
            $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>TimelineJS</title>" +
            $"<link rel=\"stylesheet\" href=\"{distUrl}css/timeline.css\"><script src=\"{distUrl}js/timeline.js\"></script></head>" +
            "<body><div id=\"timeline\" style=\"width:1000px;height:600px\"></div></body></html>", TestContext.Current.CancellationToken);

        await using var context = await (await shared.Browser()).NewContextAsync();
        var tab = await context.NewPageAsync();
        var problems = new ConcurrentBag<string>();
        tab.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}"); };
        tab.PageError += (_, error) => problems.Add($"page error: {error}");
        tab.RequestFailed += (_, request) => problems.Add($"failed request: {request.Url} ({request.Failure})");
        await tab.GotoAsync(new Uri(host).AbsoluteUri);

        // The JSON goes in as text (TL.Timeline takes an object; fetching the file from file:// would be refused).
        // font: null, or TimelineJS loads Google Fonts; an absolute script_path, or it loads from its CDN (and a
        // relative one throws).
        var slides = await tab.EvaluateAsync<string[]>(@"([json, scriptPath]) => new Promise((resolve, reject) => {
            const late = setTimeout(() => reject(new Error('TimelineJS sent no loaded event in 120 s')), 120000);
            const timeline = new TL.Timeline('timeline', JSON.parse(json), { language: 'fr', font: null, script_path: scriptPath });
            timeline.on('loaded', () => {
                clearTimeout(late);
                resolve([...document.querySelectorAll('.tl-slide')].map(s => (s.classList.contains('tl-slide-titleslide') ? 'title:' : '') + s.id));
            });
        })", new[] { json, distUrl + "js/" });

        Assert.True(problems.IsEmpty, $"{site.Name} timeline.json in TimelineJS:\n{string.Join('\n', problems)}");
        var titles = slides.Where(s => s.StartsWith("title:", StringComparison.Ordinal)).ToList();
        Assert.Equal(hasTitle ? 1 : 0, titles.Count);
        var shown = slides.Except(titles).ToList();
        Assert.Equal(events.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }
}
