using Briefings.Tests.Support;

namespace Briefings.Tests.Timeline;

/// <summary>Events as an editor writes them: in timeline files and in briefings, with their mistakes.</summary>
public sealed class TimelineEventTests
{
    private static readonly (string, string) Briefing = ("content/briefings/note.md", TestSite.Briefing("title: Note\ndate: 2022-01-01"));

    [Fact]
    public void An_invalid_date_is_an_error_at_the_date()
    {
        var (result, _) = TestSite.Build(Briefing, ("content/timeline/a.yml", "- date: 2022-13-01\n  title: X\n"));
        Assert.Equal(["content/timeline/a.yml:1:9: error META004: 'date' is not a date: month 13 does not exist: months go from 01 to 12, and 21 to 41 stand for seasons, quarters and semesters (for example 2022-04-01, 2022-04, 2022, 2022-04-01/2022-04-03, 2002~, 2022-21 for spring 2022, 19XX, 2019/.. or [1667,1668])"],
            TestSite.Printed(result));
    }

    [Fact]
    public void Missing_date_and_title_are_reported_at_the_event()
    {
        var (result, _) = TestSite.Build(Briefing, ("content/timeline/a.yml", "- place: Minsk\n"));
        Assert.Equal(
        [
            "content/timeline/a.yml:1:3: error META001: missing required key 'date'",
            "content/timeline/a.yml:1:3: error META001: missing required key 'title'",
        ], TestSite.Printed(result));
    }

    [Fact]
    public void Duplicate_ids_are_an_error_at_the_second()
    {
        var (result, _) = TestSite.Build(Briefing, ("content/timeline/a.yml", "- id: x\n  date: 2022\n  title: A\n- id: x\n  date: 2023\n  title: B\n"));
        Assert.Equal(["content/timeline/a.yml:4:7: error SITE005: event id 'x' is already used at content/timeline/a.yml:1:7; give one of them another 'id:'"],
            TestSite.Printed(result));
    }

    [Fact]
    public void Default_ids_from_the_same_date_and_title_collide_visibly()
    {
        var (result, _) = TestSite.Build(Briefing, ("content/timeline/a.yml", "- date: 2022\n  title: A\n"), ("content/timeline/b.yml", "- date: 2022\n  title: A\n"));
        Assert.Contains("error SITE005: event id '2022-a' is already used", Assert.Single(TestSite.Printed(result)));
    }

    [Fact]
    public void Unknown_briefings_are_an_error_at_the_slug()
    {
        var (result, _) = TestSite.Build(Briefing, ("content/timeline/a.yml", "- date: 2022\n  title: A\n  briefings: [note, absente]\n"));
        Assert.Equal(["content/timeline/a.yml:3:21: error SITE006: no briefing has the slug 'absente'"], TestSite.Printed(result));
    }

    [Fact]
    public void A_timeline_file_must_be_a_list()
    {
        var (result, _) = TestSite.Build(Briefing, ("content/timeline/a.yml", "date: 2022\ntitle: A\n"));
        Assert.Equal(["content/timeline/a.yml:1:1: error META002: a timeline file must be a list of events ('- date: …' items), not a map"], TestSite.Printed(result));
    }

    [Fact]
    public void Events_of_a_draft_are_left_out_with_it_and_links_to_drafts_are_dropped()
    {
        var (result, output) = TestSite.Build(
            ("content/briefings/d.md", TestSite.Briefing("title: D\ndate: 2022-01-01\ndraft: true\ntimeline:\n  - date: 2022\n    title: Secret")),
            ("content/briefings/p.md", TestSite.Briefing("title: P\ndate: 2022-01-01")),
            ("content/timeline/a.yml", "- date: 2021\n  title: Public\n  briefings: [d, p]\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var timeline = output.Text("timeline/index.html");
        Assert.DoesNotContain("Secret", timeline);
        Assert.DoesNotContain("briefings/d/", timeline);
        Assert.Contains("briefings/p/index.html", timeline);
    }

    [Fact]
    public void Event_metadata_never_becomes_markup_in_the_json_export()
    {
        var (_, output) = TestSite.Build(Briefing, ("content/timeline/a.yml", "- date: 2022~\n  title: \"<img src=x onerror=alert(1)>\"\n  place: \"<script>x</script>\"\n"));
        using var json = System.Text.Json.JsonDocument.Parse(output.Files["timeline.json"]);
        var e = json.RootElement.GetProperty("events")[0];
        Assert.Equal("&lt;img src=x onerror=alert(1)&gt;", e.GetProperty("text").GetProperty("headline").GetString());
        Assert.Equal("<p>&lt;script&gt;x&lt;/script&gt;</p>", e.GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("vers 2022", e.GetProperty("display_date").GetString());
        Assert.Equal(2022, e.GetProperty("start_date").GetProperty("year").GetInt32());
    }
}
