using System.Text;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary>Text is read in composed form (NFC): what macOS writes decomposed (e + U+0301) is the same text.</summary>
public sealed class UnicodeNormalisationTests
{
    private const string Composed = "Bélarus";
    private static readonly string Decomposed = "Be\u0301larus";

    [Fact]
    public void Decoded_text_is_composed()
    {
        var bag = new DiagnosticBag();
        var text = TextDecoder.Decode(new InputFile("a.md", Encoding.UTF8.GetBytes("title: " + Decomposed)), bag)!;
        Assert.Equal("title: " + Composed, text.Text);
        Assert.Empty(bag.ToSortedList());
    }

    [Theory]
    [InlineData("\"a\\n\u0303b\"", "\"a\\n\u0303b\"")]            // a line break, then a tilde: \n stays an escape
    [InlineData("\"\\x4a\u0301\\t\u0301\"", "\"\\x4a\u0301\\t\u0301\"")] // after hex and letter escapes alike
    [InlineData("\"\\\\n\u0303 e\u0301\"", "\"\\\\n\u0303 \u00e9\"")] // elsewhere text is composed as ever
    public void A_combining_mark_right_after_a_yaml_escape_does_not_change_the_escape(string written, string read)
    {
        Assert.Equal(read, TextDecoder.Composed(written));
    }

    [Fact]
    public void A_line_break_then_a_combining_mark_in_front_matter_reads_back()
    {
        var (result, _) = TestSite.Build(("content/site.yml", TestSite.MinimalConfig),
            ("content/briefings/a.md", "---\ntitle: \"a\\n\u0303b\"\ndate: 2024-01-02\n---\n\nTexte.\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Equal("a\n\u0303b", Assert.Single(result.State!.Model.Briefings).Title);
    }

    [Fact]
    public void A_decomposed_body_links_a_term_written_composed_and_its_tags_are_one_with_composed_ones()
    {
        var (result, output) = TestSite.Build(
            ("content/briefings/a.md", TestSite.Briefing($"title: A\ndate: 2024-01-02\ntags: [{Decomposed}, 中国 {Decomposed}]", $"La {Decomposed} et Minsk.")),
            ("content/briefings/b.md", TestSite.Briefing($"title: B\ndate: 2024-01-01\ntags: [{Composed}, 中国 {Composed}]")),
            ("content/glossary/g.yml", $"- term: {Composed}\n  definition: Un pays.\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(output.Text("briefings/a/index.html"));
        var link = Assert.Single(page.QuerySelectorAll("a.term-link"));
        Assert.Equal(Composed, link.TextContent);
        Assert.Contains("glossary/belarus/index.html", link.GetAttribute("href"));
        // One tag page per name, however it was typed: Bélarus and 中国 Bélarus.
        var tagPages = output.Files.Keys.Where(k => k.StartsWith("tags/", StringComparison.Ordinal) && k != "tags/index.html").ToList();
        Assert.Equal(2, tagPages.Count);
        Assert.DoesNotContain(output.Files.Values, bytes => Encoding.UTF8.GetString(bytes).Contains(Decomposed, StringComparison.Ordinal));
    }

    [Fact]
    public void A_decomposed_file_name_is_linked_by_its_composed_name()
    {
        var (result, output) = TestSite.Build(
            ($"content/briefings/{Decomposed}.md", TestSite.Briefing("title: Pays\ndate: 2024-01-02")),
            ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2024-01-01", $"Voir [le pays]({Composed}.md).")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Contains("briefings/belarus/index.html", output.Files.Keys);
        Assert.Contains("href=\"../belarus/index.html\"", output.Text("briefings/b/index.html"));
    }
}
