using System.Text.Json;
using Briefings.Tests.Support;
using Xunit;

namespace Briefings.Tests.Timeline.Edtf;

/// <summary>What TimelineJS gets of each kind of date: both ends whenever the date spans more than it says, the words, and years before 1 as it counts them.</summary>
public sealed class TimelineJsExportTests
{
    private static readonly (string, string) Briefing = ("content/briefings/note.md", TestSite.Briefing("title: Note\ndate: 2022-01-01"));

    private static JsonElement Event(string date)
    {
        var (result, output) = TestSite.Build(Briefing, ("content/timeline/a.yml", $"- id: e\n  date: \"{date}\"\n  title: E\n"));
        Assert.True(result.Succeeded, string.Join("\n", TestSite.Printed(result)));
        using var json = JsonDocument.Parse(output.Text("timeline.json"));
        return json.RootElement.GetProperty("events")[0].Clone();
    }

    private static string Ymd(JsonElement date) =>
        string.Join("-", new[] { "year", "month", "day" }.Where(p => date.TryGetProperty(p, out _)).Select(p => date.GetProperty(p).GetInt64().ToString()));

    [Theory]
    // A plain date: as written, no end, no words needed.
    [InlineData("2022-04-01", "2022-4-1", null, null)]
    // Caesar's death: EDTF counts astronomically (-0043), TimelineJS as history does (-44 for 44 BC).
    [InlineData("-0043-03-15", "-44-3-15", "-44-3-15", "15 mars 44 av. J.-C.")]
    [InlineData("2022-21", "2022-3-1", "2022-5-31", "printemps 2022")]
    [InlineData("201X", "2010-1-1", "2019-12-31", "les années 2010")]
    [InlineData("2022-04/2022-04-10", "2022-4", "2022-4-10", "d’avril 2022 au 10 avril 2022")]
    [InlineData("2019/..", "2019", null, "depuis 2019")]
    [InlineData("../2002", "2002", null, "jusqu’en 2002")]
    [InlineData("[1667,1668,1670..1672]", "1667", "1672", "1667, 1668 ou de 1670 à 1672")]
    [InlineData("2004-06-~11", "2004-6-11", null, "vers le 11 juin 2004")]
    public void Keeps_both_ends_and_says_the_rest_in_words(string date, string start, string? end, string? words)
    {
        var e = Event(date);
        Assert.Equal(start, Ymd(e.GetProperty("start_date")));
        Assert.Equal(end, e.TryGetProperty("end_date", out var last) ? Ymd(last) : null);
        Assert.Equal(words, e.TryGetProperty("display_date", out var display) ? display.GetString() : null);
    }
}
