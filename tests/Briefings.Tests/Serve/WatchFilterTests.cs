using Briefings.Cli.Serve;

namespace Briefings.Tests.Serve;

/// <summary>What counts as a change of the site: its three folders (site.yml lives in content/), not editors' scratch files.</summary>
public sealed class WatchFilterTests
{
    [Theory]
    [InlineData("content/briefings/a.md", true)]
    [InlineData("content/site.yml", true)]
    [InlineData("content/briefings/new-folder", true)]
    [InlineData("templates/layout.html", true)]
    [InlineData("static/robots.txt", true)]
    [InlineData("static/.nojekyll", true)]
    [InlineData("static/.well-known/security.txt", true)]
    [InlineData("content", true)]
    [InlineData("templates", true)]
    [InlineData("content/briefings/a.md~", false)]
    [InlineData("content/briefings/.a.md.swp", false)]
    [InlineData("content/briefings/.a.md.swx", false)]
    [InlineData("content/briefings/4913", false)]
    [InlineData("content/briefings/.#a.md", false)]
    [InlineData("content/briefings/a.md.tmp", false)]
    [InlineData("content/briefings/.a.md.tmp", false)]
    [InlineData("content/.hidden/a.md", false)]
    [InlineData("_site/index.html", false)]
    [InlineData(".briefings-cache/index", false)]
    [InlineData("._site.briefings/lock", false)]
    [InlineData("README.md", false)]
    [InlineData(".git/index", false)]
    [InlineData("contents/a.md", false)]
    public void Only_changes_that_can_change_the_site_count(string relative, bool relevant)
    {
        Assert.Equal(relevant, WatchFilter.IsRelevant(relative));
    }
}
