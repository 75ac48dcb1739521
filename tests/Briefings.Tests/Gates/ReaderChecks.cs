using Briefings.Tests.Support;

namespace Briefings.Tests.Gates;

/// <summary>What a reader notices on a phone, on one page of each type opened from disk.</summary>
public sealed class ReaderChecks(SharedFixture shared)
{
    public static TheoryData<string> Types => [.. PageTypes.All];

    [Theory]
    [MemberData(nameof(Types))]
    public async Task No_horizontal_scroll_at_320_px(string type)
    {
        var (_, site, page) = PageTypes.OnePerType(await shared.BothSites()).SingleOrDefault(p => p.Type == type);
        Assert.True(site is not null, $"neither site has a page of type {type}");
        await using var context = await (await shared.Browser()).NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var tab = await context.NewPageAsync();
        await SitePages.GotoAsync(tab, site, page);
        var widths = await tab.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{site.Name} {page} is {widths[0]} px wide in a {widths[1]} px window: the reader scrolls sideways");
    }
}
