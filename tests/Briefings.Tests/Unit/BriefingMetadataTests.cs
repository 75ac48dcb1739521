using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Tests.Support;

namespace Briefings.Tests.Unit;

public sealed class BriefingMetadataTests
{
    private static (Briefing? Briefing, IReadOnlyList<string> Diagnostics) ParseMarkdown(string text, string name = "note")
    {
        var bag = new DiagnosticBag();
        var config = SiteConfig.Fallback with { Language = "fr" };
        var source = new BriefingSource(name, InputFile.FromText($"content/briefings/{name}.md", text), null, null);
        var briefing = BriefingParser.Parse(source, config, bag);
        return (briefing, bag.ToSortedList().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Reads_every_documented_key_into_typed_fields()
    {
        var (briefing, diagnostics) = ParseMarkdown("""
            ---
            title: Le traité
            date: 2022-04-01
            summary: Résumé
            language: en-gb
            authors: [A, B]
            source: { name: Le Grand Continent, url: "https://legrandcontinent.eu/fr/", published: 2022-04-20 }
            tags: [OTSC, Bélarus]
            draft: true
            slug: traite
            extra: { note: 1 }
            ---
            Corps.
            """);
        Assert.Empty(diagnostics);
        Assert.NotNull(briefing);
        Assert.Equal("Le traité", briefing.Title);
        Assert.Equal(new DateOnly(2022, 4, 1), briefing.Date);
        Assert.Equal("en-GB", briefing.Language);
        Assert.Equal(["A", "B"], briefing.Authors);
        Assert.Equal(new SourceReference("Le Grand Continent", new Uri("https://legrandcontinent.eu/fr/"), new DateOnly(2022, 4, 20)), briefing.Source);
        Assert.Equal([new Tag("OTSC", "otsc"), new Tag("Bélarus", "belarus")], briefing.Tags);
        Assert.True(briefing.Draft);
        Assert.Equal("traite", briefing.Slug);
        Assert.Equal(1L, briefing.Extra["note"]);
        Assert.Equal("Corps.", briefing.Body.Text.Trim());
    }

    [Fact]
    public void Defaults_slug_to_the_file_name_and_language_to_the_site()
    {
        var (briefing, _) = ParseMarkdown("---\ntitle: T\ndate: 2022-01-01\n---\n", "Élysée Palace");
        Assert.Equal("elysee-palace", briefing!.Slug);
        Assert.Equal("fr", briefing.Language);
    }

    [Fact]
    public void Points_at_the_line_in_the_file_not_in_the_front_matter()
    {
        var (_, diagnostics) = ParseMarkdown("---\ntitle: T\ndate: demain\ntags: 5\n---\n");
        Assert.Equal(
        [
            "content/briefings/note.md:3:7: error META004: 'date' must be a date written yyyy-mm-dd (for example 2022-04-01), not 'demain'",
            "content/briefings/note.md:4:7: error META002: 'tags' must be a list of texts (one '- item' per line, or [a, b]), not '5'",
        ], diagnostics);
    }

    [Fact]
    public void Reports_missing_keys_and_suggests_misspelt_ones()
    {
        var (briefing, diagnostics) = ParseMarkdown("---\ntilte: T\ndate: 2022-01-01\n---\n");
        Assert.Null(briefing);
        Assert.Equal(
        [
            "content/briefings/note.md:2:1: error META001: missing required key 'title'",
            "content/briefings/note.md:2:1: warning META003: unknown key 'tilte'; did you mean 'title'?",
        ], diagnostics);
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("a/b")]
    [InlineData("Majuscule")]
    public void Refuses_slugs_that_are_not_slugs(string slug)
    {
        var (briefing, diagnostics) = ParseMarkdown($"---\ntitle: T\ndate: 2022-01-01\nslug: \"{slug}\"\n---\n");
        Assert.Null(briefing);
        Assert.StartsWith("content/briefings/note.md:4:7: error META004: 'slug' must be", Assert.Single(diagnostics));
    }

    [Fact]
    public void Refuses_javascript_urls()
    {
        var (_, diagnostics) = ParseMarkdown("---\ntitle: T\ndate: 2022-01-01\nsource:\n  name: X\n  url: javascript:alert(1)\n---\n");
        Assert.Equal(["content/briefings/note.md:6:8: error META004: 'url' must be an absolute http:// or https:// address, not 'javascript:alert(1)'"], diagnostics);
    }

    [Fact]
    public void A_markdown_file_without_front_matter_is_an_error() =>
        Assert.Equal(["content/briefings/note.md:1:1: error META005: a Markdown briefing must open with YAML front matter between two '---' lines"],
            ParseMarkdown("# Titre\n").Diagnostics);

    [Fact]
    public void Plain_text_articles_take_their_metadata_from_the_sidecar()
    {
        var (result, output) = TestSite.Build(
            ("content/briefings/extrait.txt", "Première ligne <b>pas du HTML</b>\n\n  Deuxième ligne\n"),
            ("content/briefings/extrait.yml", "title: Extrait\ndate: 2022-04-01\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var html = output.Text("briefings/extrait/index.html");
        Assert.Contains("<p>Première ligne &lt;b&gt;pas du HTML&lt;/b&gt;</p>\n<p>Deuxième ligne</p>", html);
    }

    [Fact]
    public void A_text_without_sidecar_and_a_sidecar_without_text_are_errors()
    {
        var (result, _) = TestSite.Build(("content/briefings/a.txt", "Texte"), ("content/briefings/b.yml", "title: B\ndate: 2022-01-01\n"));
        Assert.Equal(
        [
            "content/briefings/a.txt:1:1: error META006: a plain-text article needs its metadata in content/briefings/a.yml",
            "content/briefings/b.yml:1:1: error META007: no article for this metadata: expected content/briefings/b.txt beside it",
        ], TestSite.Printed(result));
    }

    [Fact]
    public void Two_briefings_with_one_slug_are_an_error_at_the_second()
    {
        var (result, _) = TestSite.Build(
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01\nslug: same")),
            ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2022-01-02\nslug: same")));
        Assert.Equal(["content/briefings/b.md:4:7: error SITE002: slug 'same' is already used by content/briefings/a.md:4:7; give this briefing another 'slug:'"],
            TestSite.Printed(result));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        (string, string)[] files = [("content/briefings/d.md", TestSite.Briefing("title: D\ndate: 2022-01-01\ndraft: true"))];
        Assert.DoesNotContain("briefings/d/index.html", TestSite.Build(files).Output.Files.Keys);
        Assert.Contains("briefings/d/index.html", TestSite.Build(new BuildOptions(IncludeDrafts: true), files).Output.Files.Keys);
    }

    [Fact]
    public void Links_to_unknown_briefings_are_errors_at_the_link()
    {
        var (result, _) = TestSite.Build(("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01", "Voir\n[ceci](absent.md).")));
        Assert.Equal(["content/briefings/a.md:6:1: error SITE003: link to 'absent.md': there is no such briefing in content/briefings"], TestSite.Printed(result));
    }
}
