using System.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

public sealed class TemplateBudgetTests
{
    [Fact]
    public void Probe()
    {
        var watch = Stopwatch.StartNew();
        var (result, _) = TestSite.Build(
            ("templates/tags.html", "<p>\n  {{ while true }}{{ end }}\n</p>"),
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01\ntags: [x]")));
        Assert.Fail(watch.Elapsed + "\n" + string.Join('\n', TestSite.Printed(result)));
    }
}
