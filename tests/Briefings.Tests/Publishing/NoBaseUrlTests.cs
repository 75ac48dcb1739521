using Briefings.Cli;
using Briefings.Configuration;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

/// <summary>Without base_url there are no absolute URLs: no feed, sitemap or robots.txt, and a publishing build says why, once.</summary>
public sealed class NoBaseUrlTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_publishing_build_without_base_url_warns_once_and_writes_no_feed_or_sitemap()
    {
        var (result, output) = TestSite.Build(new BuildOptions { Publishing = true },
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2026-01-01\ntags: [T]")),
            ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2026-01-02\nlanguage: en")));
        Assert.True(result.Succeeded);
        var warning = Assert.Single(TestSite.Printed(result));
        Assert.StartsWith("content/site.yml:1:1: warning PUB001: no base_url: the Atom feeds, sitemap.xml and robots.txt are left out, as they need the site's absolute URLs;", warning);
        Assert.Contains("--base-url", warning);
        Assert.DoesNotContain(output.Files.Keys, p => p.EndsWith(".xml", StringComparison.Ordinal) || p == "robots.txt");
        var page = output.Text("briefings/a/index.html");
        Assert.DoesNotContain("application/atom+xml", page);
        Assert.DoesNotContain("application/ld+json", page);
        Assert.Contains("<meta property=\"og:title\" content=\"A\">", page);

        // A preview (serve) or a library caller is not publishing: no warning.
        var (quiet, _) = TestSite.Build(("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2026-01-01")));
        Assert.Empty(quiet.Diagnostics);
    }

    [Fact]
    public void The_command_prints_the_warning_once_for_the_demo_and_none_with_base_url()
    {
        _temp.CopyFrom(Repository.PathOf("content"), "demo/content");
        var error = new StringWriter();
        Assert.Equal(0, BriefingsApp.Run(["build", "--source", _temp.Combine("demo")], TextWriter.Null, error));
        Assert.Single(error.ToString().Split('\n'), line => line.Contains("warning PUB001", StringComparison.Ordinal));
        Assert.False(File.Exists(_temp.Combine("demo", "_site", "feed.xml")));

        error = new StringWriter();
        Assert.Equal(0, BriefingsApp.Run(["build", "--source", _temp.Combine("demo"), "--base-url", PublishingSupport.Base], TextWriter.Null, error));
        Assert.DoesNotContain("PUB001", error.ToString());

        // A site read from disk has no base URL by design: --strict still passes, the warning printed.
        error = new StringWriter();
        Assert.Equal(0, BriefingsApp.Run(["build", "--source", _temp.Combine("demo"), "--strict", "--output", _temp.Combine("strict")], TextWriter.Null, error));
        Assert.Contains("warning PUB001", error.ToString());
        Assert.True(File.Exists(_temp.Combine("demo", "_site", "feed.xml")));
        Assert.True(File.Exists(_temp.Combine("demo", "_site", "sitemap.xml")));
    }
}
