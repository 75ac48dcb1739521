using AngleSharp.Html.Parser;
using Briefings.Markdown;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary>Issue 13, deliverable 3: every link and image address is checked as it is written, however the tree was made.</summary>
public sealed class LinkSafetyTests
{
    // The reproduced bug: removing the second link from the tree left the autolink before it unchecked.
    private const string AutolinkThenLink = "Voir <javascript:alert(1)> puis [x](javascript:2).";

    [Fact]
    public void An_autolink_followed_by_a_link_keeps_neither_address_in_an_untrusted_body()
    {
        var (result, output) = TrustSites.Build(TrustSites.Untrusted, TrustSites.Body(AutolinkThenLink));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var html = output.Text("briefings/b/index.html");
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("javascript:alert(1) puis x.", html); // the words stay
        Assert.Empty(TrustSites.ScriptingAddresses(output));
        // A warning at each link's line and column: the body starts on line 5 of the file.
        Assert.Equal(
        [
            "content/briefings/b.md:5:6: warning MD001: this link to 'javascript:alert(1)' was written without its address (links may lead to http:, https:, mailto:, tel: or relative addresses only); its words stay",
            "content/briefings/b.md:5:33: warning MD001: this link to 'javascript:2' was written without its address (links may lead to http:, https:, mailto:, tel: or relative addresses only); its words stay",
        ], TestSite.Printed(result).Where(d => d.Contains("MD001")));
    }

    [Fact]
    public void An_autolink_followed_by_a_link_keeps_neither_address_in_a_glossary_definition_or_an_event_summary()
    {
        var (result, output) = TrustSites.Build(TrustSites.Trusted, TrustSites.Body("Le zèbre."),
            ("content/glossary/g.yml", $"- id: zebre\n  term: zèbre\n  definition: \"{AutolinkThenLink}\"\n"),
            ("content/timeline/t.yml", $"- id: e\n  date: 2022-04-01\n  title: E\n  summary: \"{AutolinkThenLink}\"\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Empty(TrustSites.ScriptingAddresses(output));
        Assert.DoesNotContain("javascript:alert(1)\\u0022", output.Text("timeline.json"));
        Assert.DoesNotContain("href=\\u0022javascript", output.Text("timeline.json"));
        Assert.Contains("javascript:alert(1) puis x.", output.Text("glossary/zebre/index.html"));
        var warnings = TestSite.Printed(result).Where(d => d.Contains("MD001")).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.All(warnings.Take(2), w => Assert.StartsWith("content/glossary/g.yml:1:7: warning MD001: the definition of 'zebre': this link to 'javascript:", w));
        Assert.All(warnings.Skip(2), w => Assert.StartsWith("content/timeline/t.yml:1:7: warning MD001: the summary of event 'e': this link to 'javascript:", w));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]          // browsers drop tabs and newlines anywhere in a URL
    [InlineData("[x](java&#9;script:alert(1))")]          // the same tab, as an entity Markdig decodes
    [InlineData("[x](&#x6A;avascript:alert(1))")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)")]
    [InlineData("![x](data:image/png;base64,iVBORw0KGgo=)")]  // untrusted: no data: at all, even a raster image
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("![x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("<vbscript:x>")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x](ftp://example.org/)")]
    [InlineData("*[**x**](javascript:1)*")]
    [InlineData("> - [x](javascript:1)")]
    [InlineData("| a |\n|---|\n| [x](javascript:1) |")]
    [InlineData("Note[^1].\n\n[^1]: [x](javascript:1)")]
    [InlineData("[x](javascript:1 \"title\")")]
    public void Untrusted_bodies_write_no_address_outside_the_allow_list(string markdown)
    {
        var (result, output) = TrustSites.Build(TrustSites.Untrusted, TrustSites.Body(markdown));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var page = new HtmlParser().ParseDocument(output.Text("briefings/b/index.html"));
        var addresses = page.QuerySelectorAll(".body [href], .body [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();
        Assert.DoesNotContain(addresses, a => LinkSafety.Scheme(a) is { } s && s is not ("http" or "https" or "mailto" or "tel"));
        Assert.Contains(TestSite.Printed(result), d => d.Contains("warning MD001"));
    }

    [Theory]
    [InlineData("[x](https://example.org/)", "https://example.org/")]
    [InlineData("[x](mailto:a@example.org)", "mailto:a@example.org")]
    [InlineData("[x](tel:+33123456789)", "tel:+33123456789")]
    [InlineData("[x](../../)", "../../")] // relative addresses must name a file of the site (FILE002)
    [InlineData("[x](#note)", "#note")]
    [InlineData("[x](/racine)", "/racine")]
    [InlineData("[x](a:b/c)", null)] // a scheme "a": refused
    [InlineData("[x](../../#a:b)", "../../#a:b")] // a colon after a slash or a # is no scheme
    [InlineData("<https://example.org/>", "https://example.org/")]
    [InlineData("<a@example.org>", "mailto:a@example.org")]
    [InlineData("www.example.org", "http://www.example.org")]
    public void Untrusted_bodies_keep_web_mail_telephone_and_relative_addresses(string markdown, string? href)
    {
        var (result, output) = TrustSites.Build(TrustSites.Untrusted, TrustSites.Body(markdown));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var page = new HtmlParser().ParseDocument(output.Text("briefings/b/index.html"));
        Assert.Equal(href, page.QuerySelector(".body a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", false)]
    [InlineData("[x](VBScript:x)", false)]
    [InlineData("[x](data:text/html,x)", false)]
    [InlineData("![x](data:image/svg+xml,x)", false)]
    [InlineData("![x](data:image/png;base64,iVBORw0KGgo=)", true)] // trusted: a raster image may be inline
    [InlineData("[x](ftp://example.org/)", true)]
    [InlineData("[x](irc://example.org/)", true)]
    public void Trusted_bodies_refuse_only_the_schemes_that_run_or_carry_a_document(string markdown, bool kept)
    {
        var (result, output) = TrustSites.Build(TrustSites.Trusted, TrustSites.Body(markdown));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var html = output.Text("briefings/b/index.html");
        var address = markdown[(markdown.IndexOf('(') + 1)..^1];
        Assert.Equal(kept, html.Contains(address, StringComparison.Ordinal) && (html.Contains("href=\"" + address) || html.Contains("src=\"" + address)));
        Assert.Equal(!kept, TestSite.Printed(result).Any(d => d.Contains("warning MD001")));
    }

    [Fact]
    public void Raw_html_links_pass_as_written_when_authors_are_trusted_and_are_text_when_not()
    {
        const string body = "<a href=\"javascript:alert(1)\">x</a>";
        var (_, trusted) = TrustSites.Build(TrustSites.Trusted, TrustSites.Body(body));
        Assert.Contains(body, trusted.Text("briefings/b/index.html"));
        var (_, untrusted) = TrustSites.Build(TrustSites.Untrusted, TrustSites.Body(body));
        Assert.Empty(TrustSites.ScriptingAddresses(untrusted));
    }

    [Theory]
    [InlineData(" javascript:x", "javascript")]
    [InlineData("\u0001JAVASCRIPT:x", "javascript")]
    [InlineData("jav\nascript:x", "javascript")]
    [InlineData("java script:x", null)]
    [InlineData("%6Aavascript:x", null)]
    [InlineData("1http:x", null)]
    [InlineData("a+b.c-d:x", "a+b.c-d")]
    [InlineData("/x:y", null)]
    [InlineData("", null)]
    public void The_scheme_is_read_as_a_browser_reads_it(string url, string? scheme) => Assert.Equal(scheme, LinkSafety.Scheme(url));
}
