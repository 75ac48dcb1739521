using Briefings.Tests.Support;

namespace Briefings.Tests.Gates;

/// <summary>The gates that check one page per type see every type: the two sites have them all, and no other.</summary>
public sealed class PageTypesTests(SharedFixture shared)
{
    [Fact]
    public async Task The_demo_and_generated_sites_have_every_page_type_between_them()
    {
        var sites = await shared.BothSites();
        var found = sites.SelectMany(s => s.Pages).Select(PageTypes.Of).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(PageTypes.All.Order(StringComparer.Ordinal), found);
        // The generated site alone has them all, so nothing depends on what the demo happens to hold.
        Assert.Equal(PageTypes.All.Order(StringComparer.Ordinal), sites[1].Pages.Select(PageTypes.Of).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("index.html", "index.html")]
    [InlineData("page/12/index.html", "page/N/index.html")]
    [InlineData("briefings/note-3/index.html", "briefings/X/index.html")]
    [InlineData("tags/otsc/page/2/index.html", "tags/X/page/N/index.html")]
    [InlineData("glossary/terme-1/page/2/index.html", "glossary/X/page/N/index.html")]
    [InlineData("timeline/2016/04/page/2/index.html", "timeline/N/N/page/N/index.html")]
    [InlineData("timeline/actors/belarus/2016/index.html", "timeline/N/index.html")]
    [InlineData("timeline/tags/securite/index.html", "timeline/tags/X/index.html")]
    [InlineData("404.html", "404.html")]
    public void A_path_is_named_for_its_type(string page, string type) => Assert.Equal(type, PageTypes.Of(page));
}
