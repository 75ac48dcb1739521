using Briefings.Timeline.Edtf;
using Xunit;

namespace Briefings.Tests.Timeline.Edtf;

/// <summary>What the specification refuses, refused with a message that names the rule (a fragment of it here).</summary>
public sealed class EdtfRefusalTests
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("2022 -04", "spaces")]
    [InlineData("2022-13", "months go from 01 to 12")]
    [InlineData("2022-00", "months go from 01 to 12")]
    [InlineData("2022-21-05", "'21' is a season (spring), which has no day; months go from 01 to 12")]
    [InlineData("2022-42", "21 to 41 stand for seasons")]
    [InlineData("2022-02-30", "February has no day 30")]
    [InlineData("2023-02-29", "no day fits '2023-02-29'")]
    [InlineData("2022-04-31", "April has no day 31")]
    [InlineData("2022-04-32", "days go from 01 to 31")]
    [InlineData("2004-02-3X", "no day fits")]
    [InlineData("XXX1-02-29", "no day fits")]
    [InlineData("-0000", "has no sign")]
    [InlineData("Y2022", "Y is only for years of more than four digits: write 2022")]
    [InlineData("Y0170000002", "without leading zeros")]
    [InlineData("Y-17E0", "positive power of ten")]
    [InlineData("1950S0", "positive number")]
    [InlineData("19XXS2", "not both")]
    [InlineData("19850", "with a Y before it: Y19850")]
    [InlineData("198", "four digits")]
    [InlineData("1985-4", "two digits")]
    [InlineData("1985-04-12T25:00:00", "hours go from 00 to 23")]
    [InlineData("1985-04-12T23:20", "Thh:mm:ss")]
    [InlineData("1985-04-12T23:20:30+0430", "Thh:mm:ss")]
    [InlineData("1985-04-12T23:20:30+15:00", "-12:00 to +14:00")]
    [InlineData("1985-04-12T23:20:30-00:00", "no shift is written Z")]
    [InlineData("1985-04T23:20:30", "follows a complete date")]
    [InlineData("1985-04-12T23:20:30z", "then Z for UTC")]
    [InlineData("1985?~", "one qualifier in a place")]
    [InlineData("1985u", "X")]
    [InlineData("19xx", "capital X")]
    [InlineData("2008/1964", "ends (1964) before it starts (2008)")]
    [InlineData("2022-04-10/2022-04", "may come before its start")]
    [InlineData("2004/2004", "starts and ends on the same date")]
    [InlineData("../..", "at least one dated end")]
    [InlineData("/", "at least one dated end")]
    [InlineData("1985/2000/2010", "one '/'")]
    [InlineData("..", "open end")]
    [InlineData("1985-04-12T10:00:00/1986", "without a time of day")]
    [InlineData("[]", "at least one date")]
    [InlineData("[1667,,1668]", "single commas")]
    [InlineData("[1667,1668", "closes with ']'")]
    [InlineData("[1672..1670]", "goes backwards")]
    [InlineData("[1760-12..1761-01-02]", "same precision")]
    [InlineData("2001-21X", "two digits")]
    public void Is_refused_with_the_rule(string text, string rule)
    {
        Assert.False(EdtfSyntax.TryParse(text, out _, out var error));
        Assert.Contains(rule, error, StringComparison.Ordinal);
    }
}
