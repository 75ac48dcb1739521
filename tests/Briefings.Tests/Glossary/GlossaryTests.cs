using Briefings.Tests.Support;

namespace Briefings.Tests.Glossary;

/// <summary>The glossary page and the errors an editor can make in the glossary.</summary>
public sealed class GlossaryTests
{
    private static readonly (string, string) Briefing = ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2022-01-01", "Le zèbre et l’Élysée."));

    [Fact]
    public void Terms_are_in_french_order_with_accents_and_case_not_scattering_them()
    {
        var glossary = string.Concat(new[] { "zèbre", "Élysée", "éclair", "Eau", "abricot", "Œuvre", "oasis", "Ædicule" }
            .Select(t => $"- term: {t}\n  definition: D.\n"));
        var (result, output) = TestSite.Build(Briefing, ("content/glossary/g.yml", glossary));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(output.Text("glossary/index.html"));
        Assert.Equal(["abricot", "Ædicule", "Eau", "éclair", "Élysée", "oasis", "Œuvre", "zèbre"], page.QuerySelectorAll("dfn").Select(d => d.TextContent));
        Assert.Equal(["A", "E", "O", "Z"], page.QuerySelectorAll(".letter-index a").Select(a => a.TextContent));
        Assert.Equal(["elysee"], page.QuerySelectorAll("section[aria-labelledby='_e'] .glossary-entry").Where(e => e.QuerySelector(".cited-count") is not null).Select(e => e.Id));
    }

    [Fact]
    public void A_term_page_lists_every_citing_briefing_newest_first_across_its_pages()
    {
        // A hundred and five briefings cite the term, one a day: a hundred on its page, five on the next, newest first.
        var briefings = Enumerable.Range(1, 105).Select(day => ($"content/briefings/b{day:000}.md",
            TestSite.Briefing($"title: B{day:000}\ndate: {new DateOnly(2022, 1, 1).AddDays(day - 1):yyyy-MM-dd}" + (day == 105 ? "\nlanguage: en" : ""), "Le zèbre."))).ToArray();
        var (result, output) = TestSite.Build([.. briefings, ("content/glossary/g.yml", "- term: zèbre\n  definition: D.\n")]);
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var first = parser.ParseDocument(output.Text("glossary/zebre/index.html"));
        var second = parser.ParseDocument(output.Text("glossary/zebre/page/2/index.html"));
        var listed = first.QuerySelectorAll(".citing-briefings a").Concat(second.QuerySelectorAll(".citing-briefings a")).Select(a => a.TextContent);
        Assert.Equal(Enumerable.Range(1, 105).Reverse().Select(day => $"B{day:000}"), listed);
        Assert.Equal(["en"], first.QuerySelectorAll(".citing-briefings a[lang]").Select(a => a.GetAttribute("lang")));
        Assert.Equal("Cité dans 105\u00A0notes", first.QuerySelector(".cited-in")!.TextContent);
        Assert.Equal("page/2/index.html", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("../../index.html", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        var index = parser.ParseDocument(output.Text("glossary/index.html"));
        Assert.Equal("zebre/index.html", index.QuerySelector("#zebre dt a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_term_may_repeat_its_own_form_among_its_aliases()
    {
        // Once an internal error: the same form of the same term was counted twice.
        var (result, output) = TestSite.Build(Briefing, ("content/glossary/g.yml", "- term: zèbre\n  aliases: [zèbre, Zèbre]\n  definition: D.\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Contains("href=\"../../glossary/zebre/index.html\"", output.Text("briefings/b/index.html"));
    }

    [Fact]
    public void Linking_can_be_turned_off_for_the_whole_site()
    {
        var (result, output) = TestSite.Build(("content/site.yml", "title: T\nlanguage: fr\nglossary:\n  auto_link: false\n"), Briefing,
            ("content/glossary/g.yml", "- term: zèbre\n  definition: D.\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.DoesNotContain("term-link", output.Text("briefings/b/index.html"));
        Assert.Contains("<dfn>zèbre</dfn>", output.Text("glossary/index.html"));
    }

    [Fact]
    public void Unknown_see_also_is_an_error_with_a_suggestion()
    {
        var (result, _) = TestSite.Build(Briefing, ("content/glossary/g.yml", "- id: otsc\n  term: OTSC\n  definition: D.\n  see_also: [otcs]\n"));
        Assert.Equal(["content/glossary/g.yml:4:14: error SITE006: no glossary term has the id 'otcs'; did you mean 'otsc'?"], TestSite.Printed(result));
    }

    [Fact]
    public void A_form_claimed_by_two_terms_is_an_error_at_the_second()
    {
        var (result, _) = TestSite.Build(Briefing, ("content/glossary/g.yml",
            "- term: Organisation\n  abbr: OTSC\n  definition: D.\n- term: Autre\n  aliases: [OTSC]\n  definition: D.\n"));
        Assert.Equal(["content/glossary/g.yml:5:13: error SITE007: 'OTSC' is already a form of the term 'organisation' (content/glossary/g.yml:2:9); a form can belong to one term only"],
            TestSite.Printed(result));
    }

    [Fact]
    public void Duplicate_ids_missing_keys_and_unknown_exclusions_are_errors()
    {
        var (result, _) = TestSite.Build(
            ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2022-01-01\nglossary_exclude: [nope]")),
            ("content/glossary/g.yml", "- term: A\n  definition: D.\n- id: a\n  term: B\n  definition: D.\n- term: C\n"));
        Assert.Equal(
        [
            "content/briefings/b.md:4:20: error SITE006: no glossary term has the id 'nope'",
            "content/glossary/g.yml:3:7: error SITE005: term id 'a' is already used at content/glossary/g.yml:1:3; give one of them another 'id:'",
            "content/glossary/g.yml:6:3: error META001: missing required key 'definition'",
        ], TestSite.Printed(result));
    }

    [Fact]
    public void The_page_describes_its_terms_in_json_ld()
    {
        var (_, output) = TestSite.Build(Briefing, ("content/glossary/g.yml", "- term: \"</script><script>alert(1)</script>\"\n  abbr: X\n  definition: D.\n"));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(output.Text("glossary/index.html"));
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
        Assert.Equal("DefinedTermSet", json.RootElement.GetProperty("@type").GetString());
        var term = json.RootElement.GetProperty("hasDefinedTerm")[0];
        Assert.Equal("</script><script>alert(1)</script>", term.GetProperty("name").GetString());
        Assert.Equal("X", term.GetProperty("termCode").GetString());
        Assert.Empty(page.QuerySelectorAll(SiteFolder.InjectedScripts));
    }
}
