using Briefings.Timeline.Edtf;
using Xunit;

namespace Briefings.Tests.Timeline.Edtf;

/// <summary>
/// Every example of the EDTF specification (Library of Congress, 2019), with the earliest and latest day it stands
/// for. Where edtf.js gives other days, the comment says why this follows the specification.
/// </summary>
public sealed class EdtfSpecificationExamplesTests
{
    [Theory]
    // Level 0: dates, date-times (placed on the day as written, whatever the shift), intervals.
    [InlineData("1985-04-12", "1985-04-12", "1985-04-12")]
    [InlineData("1985-04", "1985-04-01", "1985-04-30")]
    [InlineData("1985", "1985-01-01", "1985-12-31")]
    [InlineData("0000", "0000-01-01", "0000-12-31")]
    [InlineData("1985-04-12T23:20:30", "1985-04-12", "1985-04-12")]
    [InlineData("1985-04-12T23:20:30Z", "1985-04-12", "1985-04-12")]
    // edtf.js moves this one to 13 April, in UTC: the event happened on the 12th where it happened.
    [InlineData("1985-04-12T23:20:30-04", "1985-04-12", "1985-04-12")]
    [InlineData("1985-04-12T23:20:30+04:30", "1985-04-12", "1985-04-12")]
    [InlineData("1964/2008", "1964-01-01", "2008-12-31")]
    [InlineData("2004-06/2006-08", "2004-06-01", "2006-08-31")]
    [InlineData("2004-02-01/2005-02-08", "2004-02-01", "2005-02-08")]
    [InlineData("2004-02-01/2005-02", "2004-02-01", "2005-02-28")]
    [InlineData("2004-02-01/2005", "2004-02-01", "2005-12-31")]
    [InlineData("2005/2006-02", "2005-01-01", "2006-02-28")]
    // Level 1.
    [InlineData("Y170000002", "170000002-01-01", "170000002-12-31")]
    [InlineData("Y-170000002", "-170000002-01-01", "-170000002-12-31")]
    // Seasons: the specification names them without months; Briefings takes the meteorological ones (edtf.js: quarters).
    [InlineData("2001-21", "2001-03-01", "2001-05-31")]
    [InlineData("1984?", "1984-01-01", "1984-12-31")]
    [InlineData("2004-06~", "2004-06-01", "2004-06-30")]
    [InlineData("2004-06-11%", "2004-06-11", "2004-06-11")]
    [InlineData("201X", "2010-01-01", "2019-12-31")]
    [InlineData("20XX", "2000-01-01", "2099-12-31")]
    [InlineData("2004-XX", "2004-01-01", "2004-12-31")]
    [InlineData("1985-04-XX", "1985-04-01", "1985-04-30")]
    [InlineData("1985-XX-XX", "1985-01-01", "1985-12-31")]
    [InlineData("1985-04-12/..", "1985-04-12", "+∞")]
    [InlineData("1985-04/..", "1985-04-01", "+∞")]
    [InlineData("1985/..", "1985-01-01", "+∞")]
    [InlineData("../1985-04-12", "-∞", "1985-04-12")]
    [InlineData("../1985-04", "-∞", "1985-04-30")]
    [InlineData("../1985", "-∞", "1985-12-31")]
    [InlineData("1985-04-12/", "1985-04-12", "+∞")]
    [InlineData("1985-04/", "1985-04-01", "+∞")]
    [InlineData("1985/", "1985-01-01", "+∞")]
    [InlineData("/1985-04-12", "-∞", "1985-04-12")]
    [InlineData("/1985-04", "-∞", "1985-04-30")]
    [InlineData("/1985", "-∞", "1985-12-31")]
    [InlineData("-1985", "-1985-01-01", "-1985-12-31")]
    // Level 2.
    [InlineData("Y-17E7", "-170000000-01-01", "-170000000-12-31")]
    // edtf.js ignores significant digits (1950 alone).
    [InlineData("1950S2", "1900-01-01", "1999-12-31")]
    // The specification's text says "between 171010000 and 171010999", against its own rule (and its other two
    // examples): the first 3 digits are significant, so 171000000 to 171999999, as python-edtf has it too.
    [InlineData("Y171010000S3", "171000000-01-01", "171999999-12-31")]
    [InlineData("Y3388E2S3", "338000-01-01", "338999-12-31")]
    [InlineData("2001-34", "2001-04-01", "2001-06-30")]
    // edtf.js takes the first end of the last range (1670): the set reaches 1672.
    [InlineData("[1667,1668,1670..1672]", "1667-01-01", "1672-12-31")]
    [InlineData("[..1760-12-03]", "-∞", "1760-12-03")]
    [InlineData("[1760-12..]", "1760-12-01", "+∞")]
    [InlineData("[1760-01,1760-02,1760-12..]", "1760-01-01", "+∞")]
    [InlineData("[1667,1760-12]", "1667-01-01", "1760-12-31")]
    [InlineData("[..1984]", "-∞", "1984-12-31")]
    [InlineData("{1667,1668,1670..1672}", "1667-01-01", "1672-12-31")]
    [InlineData("{1960,1961-12}", "1960-01-01", "1961-12-31")]
    [InlineData("{..1984}", "-∞", "1984-12-31")]
    [InlineData("2004-06~-11", "2004-06-11", "2004-06-11")]
    [InlineData("2004?-06-11", "2004-06-11", "2004-06-11")]
    [InlineData("?2004-06-~11", "2004-06-11", "2004-06-11")]
    [InlineData("2004-%06-11", "2004-06-11", "2004-06-11")]
    [InlineData("156X-12-25", "1560-12-25", "1569-12-25")]
    [InlineData("15XX-12-25", "1500-12-25", "1599-12-25")]
    [InlineData("XXXX-12-XX", "0000-12-01", "9999-12-31")]
    [InlineData("1XXX-XX", "1000-01-01", "1999-12-31")]
    [InlineData("1XXX-12", "1000-12-01", "1999-12-31")]
    [InlineData("1984-1X", "1984-10-01", "1984-12-31")]
    [InlineData("2004-06-~01/2004-06-~20", "2004-06-01", "2004-06-20")]
    [InlineData("2004-06-XX/2004-07-03", "2004-06-01", "2004-07-03")]
    public void Every_example_of_the_specification_stands_for_the_days_it_means(string text, string earliest, string latest)
    {
        Assert.True(EdtfSyntax.TryParse(text, out var value, out var error), error);
        Assert.Equal((earliest, latest), (value.Earliest.ToString(), value.Latest.ToString()));
    }

    [Theory]
    [InlineData("1985-04-12")]
    [InlineData("Y-17E7")]
    [InlineData("1950S2")]
    [InlineData("2004-06~-11")]
    [InlineData("2004?-06-~11")]
    [InlineData("2004-%06-11")]
    [InlineData("[1667,1668,1670..1672]")]
    [InlineData("{..1984}")]
    [InlineData("1985-04-12T23:20:30+04:30")]
    [InlineData("1985-04-12T23:20:30-04")]
    [InlineData("../1985")]
    [InlineData("/1985")]
    [InlineData("1985/")]
    [InlineData("-0043-03-15")]
    public void A_canonical_text_reads_back_as_itself(string text)
    {
        Assert.True(EdtfSyntax.TryParse(text, out var value, out var error), error);
        Assert.Equal(text, value.ToString());
    }

    [Theory]
    [InlineData("2004?-06~-11", "2004%-~06-11")]
    [InlineData("2004-06-11?", "2004-06-11?")]
    [InlineData("2004-06?-11?", "2004-06-11?")]
    [InlineData("?2004-?06-?11", "2004-06-11?")]
    public void Qualifiers_are_written_in_one_canonical_way(string text, string canonical)
    {
        Assert.True(EdtfSyntax.TryParse(text, out var value, out var error), error);
        Assert.Equal(canonical, value.ToString());
    }
}
