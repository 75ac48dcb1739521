using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Timeline;

namespace Briefings.Tests.Metadata;

/// <summary>The parser's first half: the record holds what is written; the briefing adds defaults.</summary>
public sealed class BriefingFrontMatterTests
{
    private static (Briefing? Briefing, IReadOnlyList<string> Diagnostics) Parse(string text, string name = "note")
    {
        var bag = new DiagnosticBag();
        var source = new BriefingSource(name, InputFile.FromText($"content/briefings/{name}.md", text), null, null);
        var briefing = BriefingParser.Parse(source, SiteConfig.Fallback with { Language = "fr" }, bag);
        return (briefing, bag.ToSortedList().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void The_record_holds_what_is_written_and_the_briefing_fills_in_defaults()
    {
        var (briefing, diagnostics) = Parse("""
            ---
            title: "  Le traité  "
            date: 2022-04-01
            language: EN-gb
            tags: [Bélarus, belarus, "", OTSC]
            timeline:
              - date: 2022-04~
                title: Sommet
                briefings: [autre]
            extra: { note: 1, liste: [a, 2.5] }
            ---
            Corps.
            """);
        Assert.Equal(["content/briefings/note.md:5:26: warning META008: empty item in 'tags' ignored"], diagnostics);
        Assert.NotNull(briefing);
        var expected = new BriefingFrontMatter("Le traité", new DateOnly(2022, 4, 1))
        {
            Language = "en-GB",
            Tags = ["Bélarus", "belarus", "OTSC"],
            Timeline = [new TimelineEventMetadata("2022-04~", "Sommet") { Briefings = ["autre"] }],
            Extra = new PlainMap([new("note", 1L), new("liste", new List<object?> { "a", 2.5 })]),
        };
        Assert.Equal(expected, briefing.FrontMatter);

        Assert.Equal("note", briefing.Slug);
        Assert.Equal([new Tag("Bélarus", "belarus"), new Tag("OTSC", "otsc")], briefing.Tags);
        var timelineEvent = Assert.Single(briefing.Timeline);
        Assert.Equal("2022-04-sommet", timelineEvent.Id);
        Assert.Equal(["note", "autre"], timelineEvent.Briefings.Select(r => r.Slug));
        Assert.Equal(new SourceLocation("content/briefings/note.md", 9, 17), timelineEvent.Briefings[1].Location);
    }

    [Fact]
    public void Positions_stay_with_their_values_when_items_before_them_are_dropped()
    {
        var (briefing, diagnostics) = Parse("""
            ---
            title: T
            date: 2022-04-01
            glossary_exclude: [{ a: b }, otsc]
            timeline:
              - title: Sans date
              - id: second
                date: 2022
                title: Second
            ---
            Corps.
            """);
        Assert.Equal(
        [
            "content/briefings/note.md:4:20: error META002: each item of 'glossary_exclude' must be a list of glossary term ids, not a map",
            "content/briefings/note.md:6:5: error META001: missing required key 'date'",
        ], diagnostics);
        Assert.Equal(new SlugReference("otsc", new("content/briefings/note.md", 4, 30)), Assert.Single(briefing!.GlossaryExclude));
        Assert.Equal(new SourceLocation("content/briefings/note.md", 7, 9), Assert.Single(briefing.Timeline).Location);
    }

    [Fact]
    public void A_file_name_without_letters_is_reported_even_when_a_required_key_is_missing() =>
        Assert.Equal(
        [
            "content/briefings/!!!.md:1:1: error META004: the file name '!!!' has no letter or digit to make a page address from; add 'slug:'",
            "content/briefings/!!!.md:2:1: error META001: missing required key 'title'",
        ], Parse("---\ndate: 2022-01-01\n---\nx\n", "!!!").Diagnostics);

    [Fact]
    public void A_written_slug_spares_the_file_name_even_when_invalid() =>
        Assert.Equal(
        [
            "content/briefings/!!!.md:4:7: error META004: 'slug' must be lowercase letters, digits and single hyphens (no '/', '.' or spaces), not 'A B'; try 'a-b'",
        ], Parse("---\ntitle: T\ndate: 2022-01-01\nslug: A B\n---\nx\n", "!!!").Diagnostics);
}
