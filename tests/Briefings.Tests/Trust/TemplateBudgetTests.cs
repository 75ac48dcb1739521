using System.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary>A theme's template that runs away (a loop that never ends, a slow loop, a partial including itself) fails its
/// page with an error at its line within seconds: no hang, no crash.</summary>
public sealed class TemplateBudgetTests
{
    private static readonly (string, string) Briefing = ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01\ntags: [x]"));

    private static IReadOnlyList<string> BuildWithin(TimeSpan limit, params (string Path, string Text)[] files)
    {
        var watch = Stopwatch.StartNew();
        var (result, _) = TestSite.Build([Briefing, .. files]);
        Assert.True(watch.Elapsed < limit, $"took {watch.Elapsed}");
        Assert.False(result.Succeeded);
        return TestSite.Printed(result);
    }

    [Fact]
    public void A_loop_that_never_ends_stops_with_its_line()
    {
        var printed = BuildWithin(TimeSpan.FromSeconds(60), ("templates/tags.html", "<p>\n  {{ while true }}{{ end }}\n</p>"));
        // Whichever comes first on a loaded machine: 50 million steps or 10 seconds.
        var line = Assert.Single(printed);
        Assert.Matches(@"^templates/tags\.html:2:\d+: error TPL002: (Exceeding number of iteration limit `50000000` for loop statement|the template ran for more than 10 s on one page)", line);
        Assert.EndsWith("(while rendering tags/index.html)", line);
    }

    [Fact]
    public void A_slow_loop_stops_at_the_time_limit_with_its_line()
    {
        var printed = BuildWithin(TimeSpan.FromSeconds(30),
            ("content/site.yml", TestSite.MinimalConfig + "template_time_limit: 1\n"),
            ("templates/tags.html", "<p>\n{{ for i in 1..40000000 }}\n  {{ x = \"a\" | string.pad_left 200000 }}\n{{ end }}\n</p>"));
        var line = Assert.Single(printed);
        Assert.StartsWith("templates/tags.html:2:", line); // the loop
        Assert.Contains("error TPL002: the template ran for more than 1 s on one page", line);
        Assert.EndsWith("(while rendering tags/index.html)", line);
    }

    [Fact]
    public void A_partial_including_itself_stops_at_the_depth_limit_with_its_line()
    {
        var printed = BuildWithin(TimeSpan.FromSeconds(60),
            ("templates/partials/self.html", "x\n{{ include \"partials/self.html\" }}"),
            ("templates/tags.html", "{{ include \"partials/self.html\" }}"));
        var line = Assert.Single(printed);
        Assert.Contains("error TPL002:", line);
        Assert.Contains("recursive", line);
        Assert.StartsWith("templates/partials/self.html:2:", line);
    }

    [Fact]
    public void The_time_limit_must_be_a_number_of_seconds()
    {
        var (result, _) = TestSite.Build(Briefing, ("content/site.yml", TestSite.MinimalConfig + "template_time_limit: 0\n"));
        Assert.Contains("content/site.yml:3:22: error META004: 'template_time_limit' must be from 1 to 3,600, not 0", TestSite.Printed(result));
    }
}
