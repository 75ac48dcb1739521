using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary>Issue 13, deliverable 3: every JSON value is written one way, and none can end the script element it may sit in.</summary>
public sealed class JsonEscapingTests
{
    private const string Hostile = "</script><script>alert(1)</script> \"quoted\" 'single' \u2028line\u2029para & <!--";

    /// <summary>The inside of a YAML double-quoted scalar.</summary>
    private static string Quote(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029");

    [Fact]
    public void Every_timeline_json_field_round_trips_and_none_ends_a_script()
    {
        var q = Quote(Hostile);
        var (result, output) = TestSite.Build(TrustSites.Body("x"),
            ("content/timeline/t.yml", $"- id: e\n  date: 2022-04-01\n  title: \"{q}\"\n  summary: \"{q}\"\n  place: \"{q}\"\n  actors: [\"{q}\"]\n  tags: [\"{q}\"]\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var raw = output.Text("timeline.json");
        AssertCannotEndAScript(raw);

        using var json = JsonDocument.Parse(raw);
        var e = json.RootElement.GetProperty("events")[0];
        // TimelineJS writes every text as HTML: each holds the value escaped, which reads back as the value.
        Assert.Equal(Hostile, Decoded(e.GetProperty("group").GetString()!));
        // Titles and places are typeset as French, the site's language, as the pages show them (spaces and quotes only).
        var typeset = Briefings.Markdown.Extensions.FrenchTypography.FrenchTypography.Text(Hostile, "fr", enabled: true)!;
        Assert.Equal(typeset, Decoded(e.GetProperty("text").GetProperty("headline").GetString()!));
        var text = new HtmlParser().ParseDocument("<body>" + e.GetProperty("text").GetProperty("text").GetString()).Body!;
        Assert.Empty(text.QuerySelectorAll("script"));
        Assert.Contains(typeset.Replace("\u2028", "").Replace("\u2029", ""), text.TextContent.Replace("\u2028", "").Replace("\u2029", ""));
    }

    [Fact]
    public void The_glossary_json_ld_round_trips_and_stays_in_its_script()
    {
        var q = Quote(Hostile);
        var (result, output) = TestSite.Build(TrustSites.Body("x"),
            ("content/glossary/g.yml", $"- id: t\n  term: \"{q}\"\n  abbr: \"{q}A\"\n  aliases: [\"{q}B\"]\n  definition: D.\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var page = new HtmlParser().ParseDocument(output.Text("glossary/index.html"));
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        AssertCannotEndAScript(script.TextContent);
        using var json = JsonDocument.Parse(script.TextContent);
        var term = json.RootElement.GetProperty("hasDefinedTerm")[0];
        // The term's name as its pages show it, typeset as French (the site's language): spaces and quotes only.
        Assert.Equal(Briefings.Markdown.Extensions.FrenchTypography.FrenchTypography.Text(Hostile, "fr", enabled: true), term.GetProperty("name").GetString());
        Assert.Equal([Hostile + "A", Hostile + "B"], term.GetProperty("alternateName").EnumerateArray().Select(a => a.GetString()));
    }

    private static void AssertCannotEndAScript(string json)
    {
        Assert.DoesNotContain("</", json);
        Assert.DoesNotContain("<!--", json);
        Assert.DoesNotContain("\u2028", json);
        Assert.DoesNotContain("\u2029", json);
    }

    private static string Decoded(string html) => System.Net.WebUtility.HtmlDecode(html);
}
