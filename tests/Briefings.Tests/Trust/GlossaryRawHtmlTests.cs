using AngleSharp.Html.Parser;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary>Issue 13, deliverable 3: the glossary links only in page text, never inside an author's script, style, comment or tag.</summary>
public sealed class GlossaryRawHtmlTests
{
    // A definition that would run if it landed in a script: the tooltip writes it HTML-escaped, which a script does not read.
    private static readonly (string, string) Glossary = ("content/glossary/g.yml", "- id: otan\n  term: OTAN\n  definition: \"'); alert(1); //\"\n");

    private static AngleSharp.Html.Dom.IHtmlDocument Page(string body)
    {
        var (result, output) = TrustSites.Build(TrustSites.Trusted, TrustSites.Body(body), Glossary);
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        return new HtmlParser().ParseDocument(output.Text("briefings/b/index.html"));
    }

    [Theory]
    [InlineData("Texte <script>var x = 'OTAN';</script> puis l’OTAN.", "script")]
    [InlineData("Texte <SCRIPT type=\"module\">var x = 'OTAN';</SCRIPT > puis l’OTAN.", "script")]
    [InlineData("Texte <style>/* OTAN */</style> puis l’OTAN.", "style")]
    [InlineData("Texte <textarea>OTAN</textarea> puis l’OTAN.", "textarea")]
    [InlineData("Texte <title>OTAN</title> puis l’OTAN.", "title")]
    [InlineData("Texte <script>\nvar a = 'OTAN';\n\nvar b = 'OTAN';\n</script>\n\nPuis l’OTAN.", "script")] // a script across paragraphs
    [InlineData("> <script>\n> var a = 'OTAN';\n\nvar b = 'OTAN';\n</script>\n\nPuis l’OTAN.", "script")]  // an HTML block cut short by its quote
    [InlineData("# Titre <script>\n\nvar a = 'OTAN';\n</script>\n\nPuis l’OTAN.", "script")]              // opened in a heading
    [InlineData("[lien <script>](https://example.org/)\nvar a = 'OTAN';\n</script>\n\nPuis l’OTAN.", "script")]               // opened inside a link
    public void A_term_inside_raw_script_style_textarea_or_title_is_not_linked_and_the_next_mention_is(string body, string element)
    {
        var page = Page(body);
        foreach (var raw in page.QuerySelectorAll(element))
        {
            Assert.DoesNotContain("term", raw.InnerHtml);
            Assert.DoesNotContain("alert", raw.TextContent);
        }
        var link = Assert.Single(page.QuerySelectorAll(".body a.term-link"));
        Assert.Equal("OTAN", link.TextContent);
    }

    [Theory]
    [InlineData("Texte <!-- l’OTAN --> fin.")]
    [InlineData("<!--\nl’OTAN\n\nl’OTAN\n-->")]
    [InlineData("> <!--\n\nl’OTAN\n\n-->")]                               // a comment block cut short by its quote: the browser reads on
    [InlineData("<div title='x\n\nl’OTAN\n\n'>y</div>")]                  // an attribute left open across paragraphs
    [InlineData("<div title=\"x\n\nl’OTAN\n\n\">y</div>")]
    [InlineData("Texte <plaintext>\n\nl’OTAN")]
    [InlineData("Texte <script><!--\n\nl’OTAN\n\n</script>")]             // a script in its escaped states: unsure, so nothing linked
    public void A_term_inside_a_comment_or_an_open_tag_is_not_linked(string body)
    {
        var page = Page(body);
        Assert.Empty(page.QuerySelectorAll("a.term-link"));
        Assert.DoesNotContain("term-tip", page.QuerySelector(".body")?.InnerHtml ?? "");
    }

    [Theory]
    [InlineData("<div>\n\nl’OTAN\n\n</div>")]
    [InlineData("Texte <span title='a'>l’OTAN</span>.")]
    [InlineData("<!-- note -->\n\nl’OTAN")]
    [InlineData("<script>x</script>\n\nl’OTAN")]
    [InlineData("Texte <br/> l’OTAN")]
    public void A_term_in_page_text_around_raw_html_is_still_linked(string body) =>
        Assert.Single(Page(body).QuerySelectorAll(".body a.term-link"));
}
