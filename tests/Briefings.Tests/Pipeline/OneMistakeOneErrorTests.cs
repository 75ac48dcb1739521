using Briefings.Tests.Support;

namespace Briefings.Tests.Pipeline;

/// <summary>
/// A mistake in one briefing is one error: the events that name it and the briefings that link to it are not wrong,
/// and said so too (serve's overlay showed three errors for a month 13, two of them in a file nobody had touched).
/// </summary>
public sealed class OneMistakeOneErrorTests
{
    private static readonly (string, string)[] Site =
    [
        ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2026-13-01")),
        ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2026-01-02", "Voir [la note A](a.md).")),
        ("content/timeline/events.yml", "- id: e\n  date: 2026-01-01\n  title: Un événement\n  briefings: [a, b]\n"),
    ];

    [Fact]
    public void A_briefing_kept_out_by_its_own_error_brings_no_error_where_it_is_named()
    {
        var (result, _) = TestSite.Build(Site);

        Assert.False(result.Succeeded);
        var error = Assert.Single(TestSite.Printed(result), d => d.Contains("error"));
        Assert.True(error.StartsWith("content/briefings/a.md:3:7: error META004:", StringComparison.Ordinal), error);
        Assert.Contains("month 13 does not exist", error);
    }

    [Fact]
    public void A_briefing_that_does_not_exist_is_still_an_error_where_it_is_named()
    {
        var (result, _) = TestSite.Build(
            ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2026-01-02", "Voir [la note A](a.md).")),
            ("content/timeline/events.yml", "- id: e\n  date: 2026-01-01\n  title: Un événement\n  briefings: [a, b]\n"));

        Assert.Equal(["SITE003", "SITE006"], result.Diagnostics.Select(d => d.Code).Order().ToList());
    }
}
