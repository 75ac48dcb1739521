using Briefings.Assembling;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Markdown;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Tests.Support;

namespace Briefings.Tests.Pipeline;

/// <summary>Each stage is a function a test can call alone, returning its value with its own diagnostics.</summary>
public sealed class StageTests
{
    private static readonly (string, string)[] Files =
    [
        ("content/site.yml", TestSite.MinimalConfig),
        ("content/glossary/t.yml", "- id: otsc\n  term: OTSC\n  definition: Une alliance.\n"),
        ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-02", "L’OTSC et [le brouillon](d.md) et [b](b.md#x).")),
        ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2022-01-01", "Rien.")),
        ("content/briefings/d.md", TestSite.Briefing("title: D\ndate: 2022-01-03\ndraft: true", "Secret.")),
        ("content/timeline/e.yml", "- date: 2022\n  title: E\n  briefings: [a, d]\n"),
    ];

    private static (LoadedSite Loaded, ParsedSite Parsed, ProcessedSite Processed) Through(BuildOptions options)
    {
        var loaded = SiteLoader.Load(TestSite.Input(Files), options).Value;
        var parsed = SiteParser.Parse(loaded).Value;
        return (loaded, parsed, SiteProcessor.Process(loaded.Config, parsed, options).Value);
    }

    [Fact]
    public void Parsing_a_briefing_returns_its_own_diagnostics_and_a_fingerprint_of_its_files()
    {
        var source = new BriefingSource("a", InputFile.FromText("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-13-01")), null, null);
        var parsed = SiteParser.ParseBriefing(source, SiteConfig.Fallback);
        Assert.Null(parsed.Value);
        Assert.Equal(["content/briefings/a.md:3:7: error META004: 'date' is '2022-13-01', a day the calendar does not have: month 13 does not exist (months go from 01 to 12)"],
            parsed.Diagnostics.Select(d => d.ToString()));
        var same = source with { Markdown = InputFile.FromText("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-13-01")) };
        Assert.Equal(source.Fingerprint, same.Fingerprint);
        Assert.NotEqual(source.Fingerprint, (source with { Markdown = InputFile.FromText("content/briefings/a.md", "x") }).Fingerprint);
    }

    [Fact]
    public void Processing_a_body_yields_its_links_terms_and_reading_time_without_the_site()
    {
        var (_, parsed, processed) = Through(BuildOptions.Default);
        var a = parsed.Briefings.Single(b => b.Slug == "a");
        var body = processed.Bodies[a.MetadataFile.Path];
        Assert.Equal(["otsc"], body.Terms);
        Assert.Equal(1, body.ReadingMinutes);
        // Slots are numbered as the passes find the links: briefing links first, then glossary terms.
        Assert.Collection(body.Links,
            link => Assert.Equal("d", Assert.IsType<BriefingFileLink>(link).FileName),
            link => Assert.Equal(("b", "#x"), (Assert.IsType<BriefingFileLink>(link).FileName, ((BriefingFileLink)link).Fragment)),
            link => Assert.Equal("otsc", Assert.IsType<GlossaryTermLink>(link).TermId));
        Assert.Equal(3, body.Html.Read().Count(c => c == BodyHtml.Slot));
        Assert.DoesNotContain(processed.Bodies.Keys, k => k.EndsWith("d.md", StringComparison.Ordinal)); // drafts are not processed unless published
    }

    [Fact]
    public void Assembly_resolves_links_with_one_rule_for_drafts()
    {
        var (loaded, parsed, processed) = Through(BuildOptions.Default);
        var assembled = SiteAssembler.Assemble(loaded.Config, parsed, processed, BuildOptions.Default);
        Assert.Equal(
        [
            "content/briefings/a.md:5:11: warning SITE008: link to 'd.md': that briefing is a draft, left out of this build; its words stay, without a link (--drafts publishes drafts)",
            "content/timeline/e.yml:3:18: warning SITE008: 'd' is a draft, left out of this build: the event does not link to it (--drafts publishes drafts)",
        ], assembled.Diagnostics.Select(d => d.ToString()));
        var site = assembled.Value;
        var a = site.FindBriefing("a")!;
        Assert.Equal([null, "b", null], site.BodyOf(a).Targets.Select(t => t?.Slug));
        Assert.Equal(["a"], site.LinksTo("b").Select(b => b.Slug));
        Assert.Equal(["a"], site.MentionsOf("otsc").Select(b => b.Slug));
        Assert.Equal(["a"], site.Timeline.Events.Single().Briefings.Select(r => r.Slug));

        var withDrafts = BuildOptions.Default with { IncludeDrafts = true };
        var (l2, p2, pr2) = Through(withDrafts);
        var published = SiteAssembler.Assemble(l2.Config, p2, pr2, withDrafts);
        Assert.Empty(published.Diagnostics);
        Assert.Equal(["d", "b"], published.Value.BodyOf(published.Value.FindBriefing("a")!).Targets.OfType<Briefing>().Select(t => t.Slug));
    }

    [Fact]
    public void A_link_to_a_file_that_is_no_briefing_is_an_error_at_the_link()
    {
        var (result, _) = TestSite.Build(("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-02", "Voir\n[ceci](nulle-part.md).")));
        Assert.Equal(["content/briefings/a.md:6:1: error SITE003: link to 'nulle-part.md': there is no such briefing in content/briefings"], TestSite.Printed(result));
    }

    [Fact]
    public void A_copy_of_the_model_never_keeps_the_indexes_of_the_original()
    {
        var (loaded, parsed, processed) = Through(BuildOptions.Default);
        var site = SiteAssembler.Assemble(loaded.Config, parsed, processed, BuildOptions.Default).Value;
        Assert.NotNull(site.FindBriefing("a"));
        Assert.Single(site.Tags.Where(_ => false).DefaultIfEmpty());
        var without = site with { Briefings = site.Briefings.Where(b => b.Slug != "a").ToList() };
        Assert.Null(without.FindBriefing("a"));
        Assert.Empty(without.MentionsOf("otsc"));
        Assert.NotNull(site.FindBriefing("a"));

        var glossary = site.Glossary with { Terms = [] };
        Assert.Null(glossary.Find("otsc"));
        var timeline = site.Timeline with { Events = [] };
        Assert.Empty(timeline.EventsFor("a"));
    }

    [Fact]
    public void A_build_names_and_times_its_stages_in_order()
    {
        var (result, _) = TestSite.Build(Files.Skip(1).ToArray());
        Assert.Equal(["load", "parse", "process", "assemble", "index", "plan", "render"], result.Stages.Select(s => s.Stage));
    }
}
