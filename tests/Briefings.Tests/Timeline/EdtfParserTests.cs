using Briefings.Timeline;
using Xunit;

namespace Briefings.Tests.Timeline;

public sealed class EdtfParserTests
{
    [Theory]
    [InlineData("2022", "2022-01-01", "2022-12-31", EdtfPrecision.Year)]
    [InlineData("2022-04", "2022-04-01", "2022-04-30", EdtfPrecision.Month)]
    [InlineData("2022-04-01", "2022-04-01", "2022-04-01", EdtfPrecision.Day)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", EdtfPrecision.Month)]
    [InlineData("2024-02-29", "2024-02-29", "2024-02-29", EdtfPrecision.Day)]
    [InlineData("0001", "0001-01-01", "0001-12-31", EdtfPrecision.Year)]
    [InlineData("9999-12-31", "9999-12-31", "9999-12-31", EdtfPrecision.Day)]
    public void Parses_single_dates(string text, string lower, string upper, EdtfPrecision precision)
    {
        var date = Parse(text);

        Assert.False(date.IsInterval);
        Assert.False(date.OpenStart);
        Assert.False(date.OpenEnd);
        Assert.NotNull(date.Start);
        Assert.Null(date.End);
        Assert.Equal(DateOnly.Parse(lower), date.Lower);
        Assert.Equal(DateOnly.Parse(upper), date.Upper);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(EdtfQualifier.None, date.Start.Qualifier);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2022-04-01/2022-04-03", "2022-04-01", "2022-04-03", EdtfPrecision.Day, EdtfPrecision.Day)]
    [InlineData("2022-04/2022-05", "2022-04-01", "2022-05-31", EdtfPrecision.Month, EdtfPrecision.Month)]
    [InlineData("2022/2023", "2022-01-01", "2023-12-31", EdtfPrecision.Year, EdtfPrecision.Year)]
    [InlineData("2022-04-10/2022-04", "2022-04-10", "2022-04-30", EdtfPrecision.Day, EdtfPrecision.Month)]
    [InlineData("2022-04-01/2022-04-01", "2022-04-01", "2022-04-01", EdtfPrecision.Day, EdtfPrecision.Day)]
    public void Parses_closed_intervals(string text, string lower, string upper, EdtfPrecision start, EdtfPrecision end)
    {
        var date = Parse(text);

        Assert.True(date.IsInterval);
        Assert.False(date.OpenStart);
        Assert.False(date.OpenEnd);
        Assert.Equal(DateOnly.Parse(lower), date.Lower);
        Assert.Equal(DateOnly.Parse(upper), date.Upper);
        Assert.Equal(start, date.Start!.Precision);
        Assert.Equal(end, date.End!.Precision);
        Assert.Equal(start, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Fact]
    public void Parses_an_open_end()
    {
        var date = Parse("2022-04/..");

        Assert.True(date.IsInterval);
        Assert.True(date.OpenEnd);
        Assert.False(date.OpenStart);
        Assert.Null(date.End);
        Assert.Equal(new DateOnly(2022, 4, 1), date.Lower);
        Assert.Equal(DateOnly.MaxValue, date.Upper);
        Assert.Equal(EdtfPrecision.Month, date.Precision);
        Assert.Equal("2022-04/..", date.ToString());
    }

    [Fact]
    public void Parses_an_open_start()
    {
        var date = Parse("../2002");

        Assert.True(date.IsInterval);
        Assert.True(date.OpenStart);
        Assert.False(date.OpenEnd);
        Assert.Null(date.Start);
        Assert.Equal(DateOnly.MinValue, date.Lower);
        Assert.Equal(new DateOnly(2002, 12, 31), date.Upper);
        Assert.Equal(EdtfPrecision.Year, date.Precision);
        Assert.Equal("../2002", date.ToString());
    }

    [Theory]
    [InlineData("2022-02-13?", EdtfQualifier.Uncertain, EdtfPrecision.Day)]
    [InlineData("2002~", EdtfQualifier.Approximate, EdtfPrecision.Year)]
    [InlineData("2004-06%", EdtfQualifier.Uncertain | EdtfQualifier.Approximate, EdtfPrecision.Month)]
    public void Parses_qualifiers(string text, EdtfQualifier qualifier, EdtfPrecision precision)
    {
        var point = Parse(text).Start!;

        Assert.Equal(qualifier, point.Qualifier);
        Assert.Equal(precision, point.Precision);
        Assert.Equal(qualifier.HasFlag(EdtfQualifier.Uncertain), point.IsUncertain);
        Assert.Equal(qualifier.HasFlag(EdtfQualifier.Approximate), point.IsApproximate);
        Assert.Equal(text, point.ToString());
    }

    [Fact]
    public void Parses_qualifiers_on_each_side_of_an_interval()
    {
        var date = Parse("2004-06~/2004-08-15?");

        Assert.Equal(EdtfQualifier.Approximate, date.Start!.Qualifier);
        Assert.Equal(EdtfQualifier.Uncertain, date.End!.Qualifier);
        Assert.Equal(new DateOnly(2004, 6, 1), date.Lower);
        Assert.Equal(new DateOnly(2004, 8, 15), date.Upper);
        Assert.Equal("2004-06~/2004-08-15?", date.ToString());
    }

    [Theory]
    [InlineData("2002%/..", EdtfQualifier.Uncertain | EdtfQualifier.Approximate)]
    [InlineData("../2002?", EdtfQualifier.Uncertain)]
    public void Parses_qualifiers_on_open_intervals(string text, EdtfQualifier qualifier)
    {
        var date = Parse(text);

        Assert.Equal(qualifier, (date.Start ?? date.End)!.Qualifier);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("", "the date is empty")]
    [InlineData(null, "the date is empty")]
    [InlineData("2022-4-1", "write dates as yyyy, yyyy-mm or yyyy-mm-dd")]
    [InlineData("22-04-01", "write dates as yyyy, yyyy-mm or yyyy-mm-dd")]
    [InlineData("12022", "write dates as yyyy, yyyy-mm or yyyy-mm-dd")]
    [InlineData("2022-04-01x", "write dates as yyyy, yyyy-mm or yyyy-mm-dd")]
    [InlineData("2022-04-01T10:00", "write dates as yyyy, yyyy-mm or yyyy-mm-dd")]
    [InlineData("2022-XX", "write dates as yyyy, yyyy-mm or yyyy-mm-dd")]
    [InlineData("２０２２", "write dates as yyyy, yyyy-mm or yyyy-mm-dd")]
    [InlineData("2022-13", "month 13 does not exist")]
    [InlineData("2022-00", "month 0 does not exist")]
    [InlineData("2022-02-30", "day 30 does not exist in February 2022")]
    [InlineData("2023-02-29", "day 29 does not exist in February 2023")]
    [InlineData("2022-04-31", "day 31 does not exist in April 2022")]
    [InlineData("2022-04-00", "day 0 does not exist in April 2022")]
    [InlineData("0000", "year 0 is out of range; years go from 1 to 9999")]
    [InlineData("-2022", "years before year 1 are not supported")]
    [InlineData("../..", "an interval needs at least one known end; '../..' has none")]
    [InlineData("..", "'..' only marks the open start or end of an interval, as in 2022-04/..")]
    [InlineData("2022/2021", "the interval ends before it starts")]
    [InlineData("2022-04-03/2022-04-01", "the interval ends before it starts")]
    [InlineData("2022/", "write '..' for an open start or end, as in ../2002 or 2022-04/..")]
    [InlineData("/2022", "write '..' for an open start or end, as in ../2002 or 2022-04/..")]
    [InlineData("2022/2023/2024", "an interval has a single '/' between its start and its end")]
    [InlineData("2022 -04", "remove the spaces from the date")]
    [InlineData(" 2022", "remove the spaces from the date")]
    [InlineData("2022 ", "remove the spaces from the date")]
    [InlineData("2022 / 2023", "remove the spaces from the date")]
    [InlineData("2022?~", "write only one of ?, ~ or % after a date")]
    [InlineData("2022?-04", "put ?, ~ or % at the end of the date")]
    [InlineData("?", "write dates as yyyy, yyyy-mm or yyyy-mm-dd")]
    public void Rejects_invalid_text_with_a_message(string? text, string message)
    {
        var ok = EdtfParser.TryParse(text, out var date, out var error);

        Assert.False(ok);
        Assert.Null(date);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Success_leaves_no_error()
    {
        Assert.True(EdtfParser.TryParse("2022", out _, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void Constructors_refuse_impossible_values()
    {
        Assert.Throws<ArgumentException>(() => new EdtfPoint(2023, 2, 29));
        Assert.Throws<ArgumentException>(() => new EdtfPoint(2022, day: 1));
        Assert.Throws<ArgumentException>(() => EdtfDate.Interval(null, null));
        Assert.Throws<ArgumentException>(() => EdtfDate.Interval(new EdtfPoint(2022), new EdtfPoint(2021)));
    }

    internal static EdtfDate Parse(string text)
    {
        Assert.True(EdtfParser.TryParse(text, out var date, out var error), error);
        return date;
    }
}
