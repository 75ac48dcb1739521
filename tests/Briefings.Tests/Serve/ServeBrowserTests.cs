using System.Diagnostics;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Serve;

/// <summary>In Chromium, as an editor sees it: the open page follows each save by itself, shows a broken save's error over the page, and drops it once fixed.</summary>
public sealed class ServeBrowserTests(SharedFixture shared)
{
    private const float Patience = 5000;

    [Fact]
    public async Task The_open_page_reloads_after_an_edit_shows_the_overlay_on_a_broken_edit_and_drops_it_when_fixed()
    {
        var chromium = await shared.Browser();
        await using var served = await ServedSite.StartAsync(ServedSite.Briefing("Texte original."));
        // Closed before the server stops, as before: the page's event stream ends first.
        await using var browser = await chromium.NewContextAsync();
        var page = await browser.NewPageAsync();
        var loads = 0;
        page.Load += (_, _) => loads++;
        await page.GotoAsync(served.Url("briefings/a/").ToString());
        await WaitForConnection(served);
        Assert.Equal(1, loads);

        served.Edit(ServedSite.BriefingPath, ServedSite.Briefing("Texte modifié."));
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Texte modifié.')", null, new() { Timeout = Patience });
        Assert.Equal(2, loads);

        await WaitForConnection(served);
        served.Edit(ServedSite.BriefingPath, "---\ntitle: [oops\ndate: 2024-01-01\n---\nTexte cassé.\n");
        var overlay = page.Locator("#briefings-build-errors [role=alert]");
        await overlay.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = Patience });
        var text = await overlay.InnerTextAsync();
        Assert.Contains("The build failed", text);
        Assert.Contains("content/briefings/a.md:2:", text);
        Assert.Contains("YAML", text);
        Assert.Contains("Texte modifié.", await page.InnerTextAsync("body")); // the last good page stays under it
        Assert.Equal(2, loads);

        // Dismissable, and readable by a screen reader: an alert with a named close button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Dismiss the build errors" }).ClickAsync();
        await overlay.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = Patience });

        // A page opened while the site is broken shows the overlay at once.
        var late = await browser.NewPageAsync();
        await late.GotoAsync(served.Url("").ToString());
        await late.Locator("#briefings-build-errors [role=alert]").WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = Patience });

        served.Edit(ServedSite.BriefingPath, ServedSite.Briefing("Texte réparé."));
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Texte réparé.')", null, new() { Timeout = Patience });
        await late.Locator("#briefings-build-errors").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = Patience });
        Assert.Equal(0, await page.Locator("#briefings-build-errors").CountAsync());
    }

    /// <summary>The page's EventSource is connected once the server counts it (a save before that would reach no page).</summary>
    private static async Task WaitForConnection(ServedSite served)
    {
        var clock = Stopwatch.StartNew();
        while (served.Session.ConnectedPages == 0 && clock.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.True(served.Session.ConnectedPages > 0, "the page never connected to the event stream");
    }
}
