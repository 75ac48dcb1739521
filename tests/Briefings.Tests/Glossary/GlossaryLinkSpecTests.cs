using System.Text.RegularExpressions;
using Briefings.Tests.Support;

namespace Briefings.Tests.Glossary;

/// <summary>Runs the examples of <c>glossary-links.spec.md</c>: each body through a whole build with a fixed glossary.</summary>
public sealed partial class GlossaryLinkSpecTests
{
    private const string Glossary = """
        - id: otsc
          term: Organisation du traité de sécurité collective
          abbr: OTSC
          aliases: [CSTO]
          definition: Alliance militaire **fondée** en 2002 autour de la Russie.
        - id: traite
          term: traité
          definition: Accord entre États.
        - id: article-4
          term: article 4
          definition: La clause de défense mutuelle.
        - id: etats
          term: États membres
          definition: Les pays qui ont adhéré.
        """;

    public static TheoryData<string, string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string, string>();
        var lines = File.ReadAllLines(Repository.PathOf("tests", "Briefings.Tests", "Glossary", "glossary-links.spec.md"));
        var heading = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal)) heading = lines[i][3..];
            if (!lines[i].StartsWith("```````````````````````````````` example", StringComparison.Ordinal)) continue;
            var options = lines[i]["```````````````````````````````` example".Length..].Trim();
            var input = new List<string>();
            var expected = new List<string>();
            var target = input;
            for (i++; !lines[i].StartsWith("````````````````", StringComparison.Ordinal); i++)
            {
                if (lines[i] == "." && target == input) target = expected;
                else target.Add(lines[i]);
            }
            data.Add($"{heading} (line {i + 1})", options, string.Join('\n', input), string.Join('\n', expected));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string name, string options, string input, string expected)
    {
        var exclude = options.StartsWith("exclude:", StringComparison.Ordinal) ? $"\nglossary_exclude: [{options["exclude:".Length..]}]" : "";
        (string, string)[] article = options == "plain-text"
            ? [("content/briefings/b.txt", input), ("content/briefings/b.yml", "title: B\ndate: 2022-01-01\n")]
            : [("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2022-01-01" + exclude, input))];
        // The spec is about which words link: its text stays as written (French typography is tested on its own).
        var (result, output) = TestSite.Build([("content/site.yml", TestSite.MinimalConfig + "typography: false\n"), ("content/glossary/terms.yml", Glossary), .. article]);
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var actual = Compact(Body(output.Text("briefings/b/index.html")));
        Assert.True(expected == actual, $"{name}\nexpected: {expected}\nactual:   {actual}");
    }

    [Fact]
    public void A_mention_is_a_link_to_the_entry_with_its_short_definition_as_description()
    {
        var (_, output) = TestSite.Build(("content/glossary/terms.yml", Glossary), ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2022-01-01", "L’OTSC.")));
        Assert.Equal(
            "<p>L’<span class=\"term\"><a class=\"term-link\" href=\"../../glossary/otsc/index.html\" aria-describedby=\"_tip-otsc\">OTSC</a>"
            + "<span class=\"term-tip\" role=\"tooltip\" id=\"_tip-otsc\">Alliance militaire fondée en 2002 autour de la Russie.</span></span>.</p>",
            Body(output.Text("briefings/b/index.html")));
    }

    private static string Body(string page)
    {
        var start = page.IndexOf("<div class=\"body\">\n", StringComparison.Ordinal) + "<div class=\"body\">\n".Length;
        var end = page.IndexOf("\n  </div>", start, StringComparison.Ordinal);
        return page[start..end].TrimEnd('\n');
    }

    private static string Compact(string html) => Mention().Replace(html, m => $"{{{{{m.Groups["words"].Value}|{m.Groups["id"].Value}}}}}");

    [GeneratedRegex("""<span class="term"><a class="term-link" href="\.\./\.\./glossary/(?<id>[a-z0-9-]+)/index\.html" aria-describedby="_tip-\k<id>">(?<words>.*?)</a><span class="term-tip" role="tooltip" id="_tip-\k<id>">[^<]*</span></span>""", RegexOptions.Singleline)]
    private static partial Regex Mention();
}
