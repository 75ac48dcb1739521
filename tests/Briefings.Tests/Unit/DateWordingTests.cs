using Briefings.Localization;

namespace Briefings.Tests.Unit;

public sealed class DateWordingTests
{
    [Theory]
    [InlineData("fr", 2022, 4, 1, "1er avril 2022")]
    [InlineData("fr", 2022, 2, 13, "13 février 2022")]
    [InlineData("fr-BE", 2002, 10, 7, "7 octobre 2002")]
    [InlineData("en", 2022, 4, 1, "1 April 2022")]
    [InlineData("en-GB", 2022, 12, 31, "31 December 2022")]
    [InlineData("de", 2022, 3, 2, "2 März 2022")]
    public void Writes_a_day_as_a_reader_of_the_language_does(string language, int year, int month, int day, string expected) =>
        Assert.Equal(expected, DateWording.Day(new DateOnly(year, month, day), language));

    [Theory]
    [InlineData("fr", "avril 2022")]
    [InlineData("en", "April 2022")]
    public void Writes_a_month(string language, string expected) => Assert.Equal(expected, DateWording.Month(2022, 4, language));

    [Fact]
    public void Machine_readable_date_is_iso() => Assert.Equal("2022-04-01", DateWording.Iso(new DateOnly(2022, 4, 1)));
}
