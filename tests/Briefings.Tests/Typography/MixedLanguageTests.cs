using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.Typography;

/// <summary>
/// A French site with an English briefing: each page speaks its own language (interface and typography), and
/// whatever on it is in the other language says so with <c>lang</c>, for screen readers, hyphenation and spell-checkers.
/// </summary>
public sealed class MixedLanguageTests
{
    private const string Glossary = """
        - id: otsc
          term: Organisation du traité de sécurité collective
          abbr: OTSC
          definition: "Alliance militaire : six États."
        """;

    private static (BuildResult Result, MemoryOutput Output) Build(string config = "title: \"Notes : l'Est\"\nlanguage: fr\n") => TestSite.Build(
        ("content/site.yml", config),
        ("content/glossary/termes.yml", Glossary),
        ("content/briefings/fr.md", TestSite.Briefing("title: \"Minsk : l'allié ?\"\ndate: 2026-01-02\nsummary: \"Pourquoi ? Parce que.\"\ntags: [Bélarus]",
            "L'OTSC dit : « non » ; vraiment ? Le 1er mai, `a ? b` et https://x.org/?q=1 ; fin.")),
        ("content/briefings/en.md", TestSite.Briefing(
            "title: \"Minsk: the ally?\"\ndate: 2026-01-03\nlanguage: en\nsummary: \"Why? Because.\"\ntags: [Bélarus]\n" +
            "timeline:\n  - id: sommet\n    date: 2022-02-13\n    title: \"Sommet : Minsk\"\n    place: Minsk",
            "The OTSC said: \"no\"; really? It's the 1st of May.")));

    private static IDocument Page(MemoryOutput output, string path) => new HtmlParser().ParseDocument(output.Text(path));

    [Fact]
    public void Each_briefing_page_speaks_its_own_language_and_marks_the_site_s_words()
    {
        var (result, output) = Build();
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));

        var english = Page(output, "briefings/en/index.html");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Skip to content", english.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Minsk: the ally?", english.QuerySelector("h1")!.TextContent);
        var englishBody = english.QuerySelector(".body")!;
        Assert.Contains("The OTSC said: \"no\"; really? It's the 1st of May.", englishBody.TextContent.Replace(englishBody.QuerySelector(".term-tip")!.TextContent, ""));
        // The site's own words, in French, say so, and are typeset as French.
        Assert.Equal("fr", english.QuerySelector(".site-title")!.GetAttribute("lang"));
        Assert.Equal("Notes\u00A0: l’Est", english.QuerySelector(".site-title")!.TextContent);
        Assert.All(english.QuerySelectorAll("ul.tags a"), a => Assert.Equal("fr", a.GetAttribute("lang")));
        var eventTitle = english.QuerySelector(".event-title")!;
        Assert.Equal("fr", eventTitle.GetAttribute("lang"));
        Assert.Equal("Sommet\u00A0: Minsk", eventTitle.TextContent);
        Assert.Equal("fr", english.QuerySelector(".event-facts dd")!.GetAttribute("lang"));
        Assert.Equal("fr", english.QuerySelector(".mentioned-terms a")!.GetAttribute("lang"));
        var tip = english.QuerySelector(".term-tip")!;
        Assert.Equal("fr", tip.GetAttribute("lang"));
        Assert.Equal("Alliance militaire\u00A0: six États.", tip.TextContent);
        // Every lang inside differs from the page's: none is written for nothing.
        Assert.All(english.Body!.QuerySelectorAll("[lang]"), e => Assert.NotEqual("en", e.GetAttribute("lang")));

        var french = Page(output, "briefings/fr/index.html");
        Assert.Equal("fr", french.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Aller au contenu", french.QuerySelector(".skip-link")!.TextContent);
        Assert.Empty(french.Body!.QuerySelectorAll("[lang]"));
        Assert.Equal("Minsk\u00A0: l’allié\u202F?", french.QuerySelector("h1")!.TextContent);
        Assert.Equal("Minsk\u00A0: l’allié\u202F? · Notes\u00A0: l’Est", french.Title);
        Assert.Equal("Pourquoi\u202F? Parce que.", french.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var body = french.QuerySelector(".body")!;
        Assert.Equal("<p>L’<span class=\"term\">", body.InnerHtml.Trim()[..24]);
        Assert.Contains("dit\u00A0: «\u00A0non\u00A0»\u202F; vraiment\u202F? Le 1er mai, a ? b et https://x.org/?q=1\u202F; fin.", body.TextContent);
        Assert.Equal("er", body.QuerySelector("sup")!.TextContent);
        Assert.Equal("a ? b", body.QuerySelector("code")!.TextContent);
        Assert.Equal("https://x.org/?q=1", body.QuerySelector("a[href^='https']")!.TextContent);
    }

    [Fact]
    public void French_listings_mark_the_english_briefing_and_keep_its_punctuation()
    {
        var (_, output) = Build();
        foreach (var path in new[] { "index.html", "tags/belarus/index.html" })
        {
            var page = Page(output, path);
            Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
            var cards = page.QuerySelectorAll(".briefing-card h2, .briefing-card h3");
            var english = Assert.Single(cards, h => h.GetAttribute("lang") == "en");
            Assert.Equal("Minsk: the ally?", english.TextContent);
            Assert.Equal("Why? Because.", english.ParentElement!.QuerySelector(".summary")!.TextContent);
            Assert.Equal("en", english.ParentElement!.QuerySelector(".summary")!.GetAttribute("lang"));
            var french = Assert.Single(cards, h => h.GetAttribute("lang") is null);
            Assert.Equal("Minsk\u00A0: l’allié\u202F?", french.TextContent);
        }
        var citing = Page(output, "glossary/otsc/index.html").QuerySelectorAll(".citing-briefings a");
        Assert.Equal("en", Assert.Single(citing, a => a.TextContent == "Minsk: the ally?").GetAttribute("lang"));
        var timeline = Page(output, "timeline/index.html").QuerySelectorAll(".event-briefings a");
        Assert.Equal("en", Assert.Single(timeline).GetAttribute("lang"));
    }

    [Fact]
    public void Typography_false_leaves_french_text_as_written()
    {
        var (result, output) = Build("title: \"Notes : l'Est\"\nlanguage: fr\ntypography: false\n");
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Empty(result.Diagnostics);
        var french = Page(output, "briefings/fr/index.html");
        Assert.Equal("Minsk : l'allié ?", french.QuerySelector("h1")!.TextContent);
        Assert.Contains("dit : « non » ; vraiment ? Le 1er mai", french.QuerySelector(".body")!.TextContent);
        Assert.Empty(french.QuerySelectorAll(".body sup"));
        Assert.Equal("Alliance militaire : six États.", french.QuerySelector(".term-tip")!.TextContent);
        Assert.DoesNotContain('\u202F', output.Text("briefings/fr/index.html"));
        Assert.Equal("Notes : l'Est", Page(output, "index.html").QuerySelector(".site-title")!.TextContent);
    }
}
