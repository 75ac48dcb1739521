using Briefings.Tests.Support;
using static Briefings.Tests.Cli.CliRun;

namespace Briefings.Tests.Cli;

/// <summary><c>check</c> reports a broken link at the line and column the editor wrote it, with the page as context.</summary>
public sealed class CheckLocationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_broken_anchor_in_a_briefing_is_reported_at_its_markdown_link()
    {
        _temp.Write("s/content/site.yml", "title: T\nlanguage: en\n");
        _temp.Write("s/content/briefings/other.md", "---\ntitle: Other\ndate: 2026-01-01\n---\n## Real heading\n");
        _temp.Write("s/content/briefings/a.md", "---\ntitle: A\ndate: 2026-01-02\n---\n\nSome text.\n\nSee [the other](other.md#no-such-heading) and [here](#nowhere).\n\n<a href=\"../missing/index.html\">raw</a>\n");
        var (exit, _, error) = Run("check", "--source", _temp.Combine("s"));
        Assert.Equal(1, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("content/briefings/a.md:8:5: error LINK002: <a href=\"../other/index.html#no-such-heading\">: briefings/other/index.html has no element with id 'no-such-heading' (in _site/briefings/a/index.html:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/briefings/a.md:8:47: error LINK002: <a href=\"#nowhere\">", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/briefings/a.md:10:10: error LINK001: <a href=\"../missing/index.html\"> leads to no file of the site (in _site/briefings/a/index.html:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("_site/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_link_of_the_site_s_template_is_reported_in_the_template()
    {
        _temp.Write("s/content/site.yml", "title: T\nlanguage: en\n");
        _temp.Write("s/content/briefings/a.md", "---\ntitle: A\ndate: 2026-01-02\n---\nx\n");
        var theme = File.ReadAllText(Repository.PathOf("templates", "briefing.html"));
        _temp.Write("s/templates/briefing.html", "<a href=\"../../nowhere.html\">x</a>\n" + theme);
        var (exit, _, error) = Run("check", "--source", _temp.Combine("s"));
        Assert.Equal(1, exit);
        Assert.Contains("templates/briefing.html:1:10: error LINK001: <a href=\"../../nowhere.html\"> leads to no file of the site (in _site/briefings/a/index.html:", error);
    }

    [Fact]
    public void A_broken_link_of_a_definition_or_an_event_summary_is_reported_in_its_yaml_file()
    {
        _temp.Write("s/content/site.yml", "title: T\nlanguage: en\n");
        _temp.Write("s/content/briefings/a.md", "---\ntitle: A\ndate: 2026-01-02\n---\nx\n");
        _temp.Write("s/content/glossary/g.yml", "- id: t\n  term: Term\n  definition: See [the guide](../../guide/index.html).\n");
        _temp.Write("s/content/timeline/e.yml", "- date: 2026-01-01\n  title: E\n  summary: Read [notes](../nowhere.html).\n  briefings: [a]\n");
        var (exit, _, error) = Run("check", "--source", _temp.Combine("s"));
        Assert.Equal(1, exit);
        Assert.Contains("content/glossary/g.yml:3:31: error LINK001: <a href=\"../../guide/index.html\"> leads to no file of the site (in _site/glossary/t/index.html:", error);
        Assert.Contains("content/timeline/e.yml:3:25: error LINK001: <a href=\"../nowhere.html\"> leads to no file of the site (in _site/briefings/a/index.html:", error);
        Assert.DoesNotContain("\n_site/", "\n" + error);
    }
}
