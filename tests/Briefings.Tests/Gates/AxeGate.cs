using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Gates;

/// <summary>
/// axe-core in Chromium finds no WCAG 2.2 A/AA or best-practice violation on one page of each type (from the demo
/// where it has the type, else from the generated site), on a phone (320 px) and a desktop (1280 px) screen, in
/// light and dark mode, opened from disk as the README promises.
/// </summary>
public sealed class AxeGate(SharedFixture shared)
{
    public static TheoryData<string> Types => [.. PageTypes.All];

    [Theory]
    [MemberData(nameof(Types))]
    public async Task No_violation(string type)
    {
        var axe = GateTools.OfThisMachine.AxeScript("accessibility (axe-core)");
        var (_, site, page) = PageTypes.OnePerType(await shared.BothSites()).SingleOrDefault(p => p.Type == type);
        Assert.True(site is not null, $"neither site has a page of type {type}");
        var browser = await shared.Browser();
        var violations = new List<string>();
        foreach (var width in new[] { 320, 1280 })
        {
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var tab = await context.NewPageAsync();
            await SitePages.GotoAsync(tab, site, page);
            await Axe.InjectAsync(tab, axe);
            // The colour scheme switches in place: no second load.
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await tab.EmulateMediaAsync(new() { ColorScheme = scheme });
                violations.AddRange((await Axe.ViolationsAsync(tab)).Select(v => $"{width} px, {scheme.ToString().ToLowerInvariant()}: {v}"));
            }
        }
        Assert.True(violations.Count == 0, $"{site.Name} {page}:\n{string.Join('\n', violations)}");
    }
}
