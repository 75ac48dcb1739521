using Briefings.Timeline;
using Xunit;

namespace Briefings.Tests.Timeline;

public sealed class EdtfOrderTests
{
    [Fact]
    public void At_the_same_lower_bound_a_day_comes_before_its_month_before_its_year()
    {
        var sorted = Sort("2022", "2022-01", "2022-01-01");

        Assert.Equal(["2022-01-01", "2022-01", "2022"], sorted);
    }

    [Fact]
    public void The_lower_bound_comes_first()
    {
        var sorted = Sort("2022-04", "2022", "2021-12-31", "2022-03-31", "../2020", "2022-04-01/2022-04-03");

        Assert.Equal(["../2020", "2021-12-31", "2022", "2022-03-31", "2022-04-01/2022-04-03", "2022-04"], sorted);
    }

    [Fact]
    public void Nothing_else_breaks_ties()
    {
        var single = EdtfParserTests.Parse("2022-04");
        var interval = EdtfParserTests.Parse("2022-04/2023~");

        Assert.Equal(0, EdtfOrder.Instance.Compare(single, interval));
    }

    [Fact]
    public void Null_comes_first()
    {
        var date = EdtfParserTests.Parse("2022");

        Assert.True(EdtfOrder.Instance.Compare(null, date) < 0);
        Assert.True(EdtfOrder.Instance.Compare(date, null) > 0);
        Assert.Equal(0, EdtfOrder.Instance.Compare(null, null));
    }

    private static string[] Sort(params string[] texts) =>
        texts.Select(EdtfParserTests.Parse).Order(EdtfOrder.Instance).Select(d => d.ToString()).ToArray();
}
