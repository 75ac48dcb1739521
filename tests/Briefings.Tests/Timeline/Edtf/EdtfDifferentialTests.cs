using Briefings.Tests.Support;
using Briefings.Timeline.Edtf;
using Xunit;

namespace Briefings.Tests.Timeline.Edtf;

/// <summary>
/// Briefings against edtf.js 4.11.1, the reference JavaScript implementation, on 290 strings: whether each is a
/// date, and its earliest and latest day. The answers were taken once with the npm package (the harness is in
/// docs/research/edtf-js-run) and committed as data. Every difference is listed below with its reason; a new one fails.
/// </summary>
public sealed class EdtfDifferentialTests
{
    private static readonly string Table = Path.Combine(Repository.Root, "tests", "Briefings.Tests", "Timeline", "Edtf", "edtf-js-4.11.1.tsv");

    /// <summary>Where Briefings and edtf.js part, and why Briefings is right (or at least deliberate).</summary>
    private static readonly Dictionary<string, string> Differences = Reasons(
        ("edtf.js bug: it takes 29 February in any year and turns it into 1 March; the specification's day must exist",
            ["1900-02-29", "2021-02-29", "-0001-02-29", "0100-02-29", "2100-02-29"]),
        ("edtf.js bug: it turns 29 February into 1 March even in leap years (its issue #21)", ["XXXX-02-29", "0000-02-29"]),
        ("edtf.js bug: its latest day for X digits is a day that does not fit (1 October for 0X-31; after the earliest for -2004-XX)",
            ["1985-0X-31", "-2004-XX"]),
        ("edtf.js bug: for a set or range ending in a range, it takes the range's first end as the latest",
            ["[1667,1668,1670..1672]", "{1667,1668,1670..1672}", "[1670..1672]", "[1760-12-01..1760-12-05]", "{1960,1961-12..1962-02}", "{1984-12-31..1985-01-02}"]),
        ("edtf.js ignores significant digits (1950S2 is 1950 alone); the specification: some year from 1900 to 1999",
            ["1950S2", "-1950S2"]),
        ("edtf.js cannot compute years beyond about 275,760 (NaN); Briefings counts days in 64 bits",
            ["Y170000002", "Y-170000002", "Y17E7", "Y-17E7", "Y17101E4S3", "Y171010000S3", "Y3388E2S3", "Y-170000002S3", "Y-17E7S3", "Y17E07"]),
        ("edtf.js refuses S10 and above; the specification asks for a positive integer", ["Y1710100000S10"]),
        ("the specification gives seasons no months: Briefings takes the meteorological ones (spring = March to May in the north, winter = December to February), edtf.js calendar quarters",
            ["2001-21", "2001-22", "2001-23", "2001-24", "2022-21", "2001-25", "2001-26", "2001-27", "2001-28", "2001-29", "2001-30", "2001-31", "2001-32"]),
        ("edtf.js bug: a quadrimester is 4 months (January to April, May to August), not 5", ["2001-37", "2001-38"]),
        ("edtf.js moves a shifted time to its UTC day; a timeline places the event on the day written where it happened",
            ["1985-04-12T23:20:30-04", "1985-04-12T23:20:30-04:30", "1985-04-12T23:20:30-12:00"]),
        ("not EDTF: level 0 times are hh:mm:ss in extended format, with no fractions, no 24:00 and a shift with a colon",
            ["1985-04-12T23:20:30+0430", "1985-04-12T23:20", "1985-04-12T23:20:30.5", "1985-04-12T24:00:00", "1985-04-12T23:20:30.123Z"]),
        ("not EDTF: centuries and decades of two or three digits are ISO 8601-2 forms the specification leaves out",
            ["85", "19", "00", "-19", "198", "197~", "19?", "198%"]),
        ("the specification's intervals are between dates, without a time of day",
            ["1985-04-12T10:00:00/1985-04-12T12:00:00", "1985-04-12T23:20:30Z/..", "../1985-04-12T23:20:30", "2004-06-11/2004-06-11T10:00:00", "2004-06-11T10:00:00Z/2004-06-12"]),
        ("an unknown end (empty) is a day not known: Briefings's latest (or earliest) possible day is open, edtf.js gives none",
            ["1985-04-12/", "1985-04/", "1985/", "/1985-04-12", "/1985-04", "/1985", "1985-04-12~/"]),
        ("an interval without a single dated end says nothing of when: refused (the specification shows none)",
            ["../..", "/", "../", "/.."]),
        ("the specification is silent on seasons, Y-years and significant digits as interval ends: Briefings reads them as the dates they are",
            ["2001-21/2002-22", "2001-21/2001-23", "Y12345/Y12346", "1950S2/1960"]),
        ("the specification is silent on qualifiers with seasons, X digits or set members: Briefings reads them as on any date (edtf.js only at its own level 3)",
            ["2022-21?", "?2022-21", "201X?", "2004-XX~", "?201X", "[1984?,1985]"]),
        ("a range runs from its first value to its last: a backward one is refused (the specification's ranges go forward)", ["[1672..1670]"]),
        ("the specification allows no spaces, not even in a set (its rule 4)", ["[1667,<sp>1668]"]));

    private static Dictionary<string, string> Reasons(params (string Reason, string[] Texts)[] groups)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (reason, texts) in groups)
        {
            foreach (var text in texts) reasons.Add(text, reason);
        }
        return reasons;
    }

    [Fact]
    public void Every_difference_from_edtf_js_is_known_and_explained()
    {
        var unexplained = Rows().Where(r => r.Theirs != r.Ours && !Differences.ContainsKey(r.Text))
            .Select(r => $"{r.Text}: edtf.js {r.Theirs}, Briefings {r.Ours}").ToList();
        Assert.True(unexplained.Count == 0, $"{unexplained.Count} differences from edtf.js without a reason:\n" + string.Join("\n", unexplained));
    }

    [Fact]
    public void Every_listed_difference_is_still_one()
    {
        var same = Rows().Where(r => r.Theirs == r.Ours).Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(Differences.Keys, same.Contains);
    }

    private static IEnumerable<(string Text, string Theirs, string Ours)> Rows()
    {
        foreach (var line in File.ReadLines(Table))
        {
            var columns = line.Split('\t');
            var (text, verdict, earliest, latest) = (columns[0], columns[1], columns[4], columns[5]);
            var theirs = verdict == "OK" ? $"accepted {Day(earliest)} {Day(latest)}" : "refused";
            // The harness wrote spaces as <sp> and the empty string as <empty>, to keep them visible.
            var input = text == "<empty>" ? "" : text.Replace("<sp>", " ", StringComparison.Ordinal);
            var ours = EdtfSyntax.TryParse(input, out var value, out var error) ? $"accepted {value.Earliest} {value.Latest}" : $"refused ({error})";
            yield return (text, theirs, ours.StartsWith("refused", StringComparison.Ordinal) && theirs == "refused" ? "refused" : ours);
        }
    }

    /// <summary>edtf.js's day as Briefings writes one: the date part of an instant, the open ends as infinities.</summary>
    private static string Day(string text) => text switch
    {
        "+Inf" => "+∞",
        "-Inf" => "-∞",
        _ => text.Split('T')[0],
    };
}
