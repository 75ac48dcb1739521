using AngleSharp.Html.Parser;
using Briefings.Markdown.Extensions.HeadingLevels;
using Briefings.Tests.Support;

namespace Briefings.Tests.Rendering;

/// <summary>A body's headings sit below the page's title: one <c>h1</c> a page, and no level skipped (what a screen
/// reader's list of headings shows).</summary>
public sealed class HeadingLevelTests
{
    [Theory]
    [InlineData("1 2 2", "2 3 3")]
    [InlineData("2 3 2 3", "2 3 2 3")]
    [InlineData("3 4", "2 3")]
    [InlineData("2 4 4 3", "2 3 3 3")]
    [InlineData("2 1 2", "2 2 3")]
    [InlineData("1 2 3 4 5 6", "2 3 4 5 6 6")]
    [InlineData("4 3 2", "2 2 2")]
    public void Each_heading_is_shown_one_level_below_the_one_it_belongs_to(string written, string shown)
    {
        var outline = new HeadingOutline();
        Assert.Equal(shown, string.Join(' ', written.Split(' ').Select(level => outline.Next(int.Parse(level)))));
    }

    [Fact]
    public void A_body_that_starts_with_its_own_title_gives_the_page_one_h1_and_no_skipped_level()
    {
        var (result, output) = TestSite.Build(
            ("content/briefings/a.md", TestSite.Briefing("title: Le traité\ndate: 2026-01-02", "# Le traité\n\nTexte.\n\n### Détail\n\nPlus.\n\nRésumé\n------\n\nFin.")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));

        var page = new HtmlParser().ParseDocument(output.Text("briefings/a/index.html"));
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => int.Parse(h.LocalName[1..])).ToList();
        Assert.Equal(1, levels.Count(level => level == 1));
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
        Assert.Equal("Le traité", page.QuerySelector("main h2")?.TextContent.Trim());
        Assert.Equal("Détail", page.QuerySelector("main h3")?.TextContent.Trim());
    }
}
