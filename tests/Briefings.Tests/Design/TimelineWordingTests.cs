using Briefings.Rendering.Functions;
using Briefings.Rendering.Views;
using Briefings.Timeline.Edtf;

namespace Briefings.Tests.Design;

/// <summary>Under the timeline's headings of year and month a date says what they do not; years skipped are said.</summary>
public sealed class TimelineWordingTests
{
    [Theory]
    // A plain day: the day alone, its machine date whole.
    [InlineData("2022-04-01", "fr", "<time class=\"day\" datetime=\"2022-04-01\" data-edtf=\"2022-04-01\">1er</time>")]
    [InlineData("2022-04-01", "en", "<time class=\"day\" datetime=\"2022-04-01\" data-edtf=\"2022-04-01\">1</time>")]
    [InlineData("2002-10-07", "fr", "<time class=\"day\" datetime=\"2002-10-07\" data-edtf=\"2002-10-07\">7</time>")]
    // A plain month or year repeats its heading: kept for screen readers only.
    [InlineData("2022-01", "fr", "<time class=\"same-as-heading\" datetime=\"2022-01\" data-edtf=\"2022-01\">janvier 2022</time>")]
    [InlineData("1993", "fr", "<time class=\"same-as-heading\" datetime=\"1993\" data-edtf=\"1993\">1993</time>")]
    // Doubt, an interval, a season: the heading is a guess or says less, so the words stay whole.
    [InlineData("2022?-02-13", "fr", "<time datetime=\"2022-02-13\" data-edtf=\"2022?-02-13\">13 février 2022</time> (année incertaine)")]
    [InlineData("2022-21/..", "fr", "depuis le <span data-edtf=\"2022-21\">printemps 2022</span>")]
    public void A_date_under_its_headings_says_what_they_do_not(string edtf, string language, string expected)
    {
        Assert.True(EdtfSyntax.TryParse(edtf, out var value, out var error), error);
        Assert.Equal(expected, I18nFunctions.EdtfWithin(value, language).Value);
    }

    [Fact]
    public void Years_skipped_between_two_groups_are_counted()
    {
        var years = new[] { 1992, 1993, 1994, 1999, 2002, 2010, 2022, 2024 };
        var grouped = TimelineGrouping.ByYearAndMonth(years.Select(Event).ToList(), "fr");
        Assert.Equal(new int?[] { null, null, null, 5, 3, 8, 12, 2 }, grouped.Select(y => y.YearsSincePrevious));
    }

    private static EventView Event(int year)
    {
        Assert.True(EdtfSyntax.TryParse(year.ToString(System.Globalization.CultureInfo.InvariantCulture), out var value, out var error), error);
        return new EventView($"e{year}", "T", new EventDateView(value), null, null, [], [], [], [], "timeline/index.html#e");
    }
}
