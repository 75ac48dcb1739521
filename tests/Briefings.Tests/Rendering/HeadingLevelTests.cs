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
        // The opening heading only repeated the title: it is dropped, and the rest outlined from h2.
        Assert.Equal(["Détail", "Résumé"], page.QuerySelectorAll(".body h2").Select(h => h.TextContent.Trim()));
        Assert.Empty(page.QuerySelectorAll(".body h3"));
    }

    [Theory]
    [InlineData("Le traité", "# LE TRAITE :\n\nTexte.", "")]
    [InlineData("Le traité", "## Le *traité*\n\nTexte.\n\n### Suite", "Suite")]
    [InlineData("Le traité", "# Le traité de 1992\n\nTexte.", "Le traité de 1992")]
    [InlineData("Le traité", "Texte.\n\n# Le traité", "Le traité")]
    public void An_opening_heading_that_repeats_the_title_is_dropped_and_no_other(string title, string body, string firstHeading)
    {
        var (result, output) = TestSite.Build(("content/site.yml", TestSite.MinimalConfig + "typography: false\n"),
            ("content/briefings/a.md", TestSite.Briefing($"title: {title}\ndate: 2026-01-02", body)));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var page = new HtmlParser().ParseDocument(output.Text("briefings/a/index.html"));
        Assert.Equal(firstHeading, page.QuerySelector(".body h2")?.TextContent.Trim() ?? "");
        Assert.Empty(page.QuerySelectorAll(".body h3"));
    }
}
