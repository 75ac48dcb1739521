using System.Text.Json;
using Briefings.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.EndToEnd;

/// <summary>The demo site's timeline as a reader uses it: in order, linked both ways, filterable without JavaScript.</summary>
public sealed class DemoTimelineTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SiteFolder _site;

    public DemoTimelineTests()
    {
        _temp.CopyFrom(Repository.PathOf("content"), "demo/content");
        var exit = BriefingsApp.Run(["build", "--source", _temp.Combine("demo")], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, exit);
        _site = new SiteFolder(_temp.Combine("demo", "_site"));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Lists_events_in_date_order_with_their_wording_and_machine_dates()
    {
        var page = _site.Parse("timeline/index.html");
        var events = page.QuerySelectorAll("ol.timeline-events > li").Select(li => li.Id).ToList();
        Assert.Equal(
        [
            "traite-de-tachkent", "adhesions-1993", "entree-en-vigueur", "non-renouvellement-1999", "charte-de-chisinau",
            // Within a year, what is known only to the year (a season: 2022-21/..) comes before the months.
            "exercices-force-reaction-rapide", "attaques-regions-frontalieres", "intervention-kazakhstan", "declaration-loukachenko",
            "invasion-depuis-le-belarus", "attaque-depot-belgorod", "gel-armenie",
        ], events);

        string DateOf(string id) => page.GetElementById(id)!.QuerySelector(".event-date")!.TextContent;
        string DatetimeOf(string id) => page.GetElementById(id)!.QuerySelector(".event-date time")!.GetAttribute("datetime")!;
        // Under the heading "Avril 2022" a plain date says the day only; its machine date stays whole.
        Assert.Equal("1er", DateOf("attaque-depot-belgorod"));
        Assert.Equal("2022-04-01", DatetimeOf("attaque-depot-belgorod"));
        // The year alone is doubted (2022?-02-13): the day and the month were written.
        Assert.Equal("13 février 2022 (année incertaine)", DateOf("declaration-loukachenko"));
        // A season and an open end (2022-21/..), an unspecified digit (201X): in words, with their EDTF kept.
        Assert.Equal("depuis le printemps 2022", DateOf("attaques-regions-frontalieres"));
        Assert.Equal("les années 2010", DateOf("exercices-force-reaction-rapide"));
        Assert.Equal("201X", page.GetElementById("exercices-force-reaction-rapide")!.QuerySelector(".event-date [data-edtf]")!.GetAttribute("data-edtf"));
        // A plain month repeats its heading: kept for screen readers only.
        Assert.Equal("janvier 2022", DateOf("intervention-kazakhstan"));
        Assert.NotNull(page.GetElementById("intervention-kazakhstan")!.QuerySelector(".event-date .same-as-heading"));
        Assert.Equal("2022-01", DatetimeOf("intervention-kazakhstan"));
        Assert.Equal("1994", DatetimeOf("entree-en-vigueur"));
        Assert.Equal("7", DateOf("charte-de-chisinau"));
    }

    [Fact]
    public void Events_link_to_their_briefings_and_briefings_link_back()
    {
        var timeline = _site.Parse("timeline/index.html");
        var links = timeline.GetElementById("attaque-depot-belgorod")!.QuerySelectorAll(".event-briefings a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../briefings/otsc-allies-silencieux/index.html"], links);

        var briefing = _site.Parse("briefings/otsc-allies-silencieux/index.html");
        var back = briefing.QuerySelectorAll(".chronology .event-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../../timeline/index.html#attaque-depot-belgorod", back);
        Assert.Contains("../../timeline/index.html#declaration-loukachenko", back);
        Assert.Empty(_site.BrokenLinks());
    }

    [Fact]
    public void Tag_and_actor_pages_filter_without_javascript()
    {
        var byTag = _site.Parse("timeline/tags/belarus/index.html");
        Assert.Equal(["declaration-loukachenko", "invasion-depuis-le-belarus"], byTag.QuerySelectorAll("ol.timeline-events > li").Select(li => li.Id));
        var byActor = _site.Parse("timeline/actors/alexandre-loukachenko/index.html");
        Assert.Equal(["declaration-loukachenko"], byActor.QuerySelectorAll("ol.timeline-events > li").Select(li => li.Id));
        Assert.Empty(byTag.QuerySelectorAll(SiteFolder.InjectedScripts));
        Assert.Equal("page", byTag.QuerySelector(".timeline-filters a[href='index.html']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public void Exports_every_event_for_timelinejs()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Root, "timeline.json")));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(12, events.Count);
        JsonElement Event(string id) => events.Single(e => e.GetProperty("unique_id").GetString() == id);
        var uncertain = Event("declaration-loukachenko");
        Assert.Equal("13 février 2022 (année incertaine)", uncertain.GetProperty("display_date").GetString());
        // A decade spans ten years: both ends are there, and the words.
        var decade = Event("exercices-force-reaction-rapide");
        Assert.Equal((2010, 2019), (decade.GetProperty("start_date").GetProperty("year").GetInt32(), decade.GetProperty("end_date").GetProperty("year").GetInt32()));
        Assert.Equal("les années 2010", decade.GetProperty("display_date").GetString());
        var since = Event("attaques-regions-frontalieres");
        Assert.Equal((2022, 3), (since.GetProperty("start_date").GetProperty("year").GetInt32(), since.GetProperty("start_date").GetProperty("month").GetInt32()));
        Assert.Equal("depuis le printemps 2022", since.GetProperty("display_date").GetString());
        Assert.Equal(13, uncertain.GetProperty("start_date").GetProperty("day").GetInt32());
        Assert.All(events, e => Assert.True(e.GetProperty("text").GetProperty("headline").GetString()!.Length > 0));
    }
}
