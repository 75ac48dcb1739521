using Briefings.Timeline.Edtf;
using Xunit;

namespace Briefings.Tests.Timeline.Edtf;

public sealed class EdtfValueOrderTests
{
    [Fact]
    public void At_the_same_earliest_day_the_shorter_span_comes_first()
    {
        Assert.Equal(["2022-01-01", "2022-01", "2022-XX", "2022"], Sort("2022", "2022-XX", "2022-01", "2022-01-01"));
        Assert.Equal(["2022-03", "2022-21", "2022-03/2022-08"], Sort("2022-21", "2022-03/2022-08", "2022-03"));
    }

    [Fact]
    public void The_earliest_day_comes_first_and_an_open_start_before_every_date()
    {
        Assert.Equal(["../2020", "/2021", "-0043-03-15", "2021-12-31", "2022", "2022-03-31", "2022-04-01/2022-04-03", "2022-04"],
            Sort("2022-04", "2022", "2021-12-31", "/2021", "2022-03-31", "../2020", "2022-04-01/2022-04-03", "-0043-03-15"));
    }

    [Fact]
    public void At_equal_bounds_the_finer_date_comes_first()
    {
        Assert.Equal(["2022-04-XX", "2022-04"], Sort("2022-04", "2022-04-XX"));
    }

    [Fact]
    public void Doubt_breaks_no_tie_the_title_does()
    {
        Assert.Equal(0, EdtfValueOrder.Instance.Compare(Parse("2022-04"), Parse("2022-04?")));
    }

    [Fact]
    public void Null_comes_first()
    {
        var date = Parse("2022");
        Assert.True(EdtfValueOrder.Instance.Compare(null, date) < 0);
        Assert.True(EdtfValueOrder.Instance.Compare(date, null) > 0);
        Assert.Equal(0, EdtfValueOrder.Instance.Compare(null, null));
    }

    internal static EdtfValue Parse(string text) =>
        EdtfSyntax.TryParse(text, out var value, out var error) ? value : throw new ArgumentException(error, nameof(text));

    private static string[] Sort(params string[] texts) =>
        texts.Select(Parse).Order(EdtfValueOrder.Instance).Select(d => d.ToString()).ToArray();
}
