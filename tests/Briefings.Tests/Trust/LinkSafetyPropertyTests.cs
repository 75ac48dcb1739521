using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefings.Output;
using Briefings.Tests.Support;
using CsCheck;

namespace Briefings.Tests.Trust;

/// <summary>
/// Issue 13, deliverable 3, as a property: random Markdown with safe and unsafe links interleaved, in every construct
/// that holds a link, goes through the real build as a body, a glossary definition and an event summary of a site
/// that does not trust its authors; no output file holds a javascript:, vbscript: or data: address anywhere.
/// </summary>
public sealed class LinkSafetyPropertyTests
{
    private static readonly Gen<string> Address = Gen.OneOf(
        Gen.Const("https://example.org/a"), Gen.Const("../b/"), Gen.Const("#c"), Gen.Const("mailto:a@example.org"), Gen.Const("tel:+331"),
        Gen.Const("javascript:alert(1)"), Gen.Const("JAVASCRIPT:alert(2)"), Gen.Const("javascript&#58;alert(3)"), Gen.Const("&#x6A;avascript:alert(4)"),
        Gen.Const("java&#9;script:alert(5)"), Gen.Const("<java\tscript:alert(6)>"), Gen.Const("vbscript:msgbox"), Gen.Const("data:text/html,<script>alert(7)</script>"),
        Gen.Const("data:image/png;base64,iVBORw0KGgo="), Gen.Const(" javascript:alert(8)"), Gen.Const("<javascript:alert(9)>"));

    private static readonly Gen<string> Words = Gen.OneOf(Gen.Const("texte"), Gen.Const("Terme"), Gen.Const("*em*"), Gen.Const("**fort**"), Gen.Const("`code`"), Gen.Const("a b"));

    /// <summary>One link in one of the ways Markdown writes them.</summary>
    private static readonly Gen<string> Link = Gen.Select(Gen.Int[0, 9], Words, Address).Select((kind, words, address) =>
    {
        var bare = address.Trim('<', '>', ' ');
        return kind switch
        {
            0 => $"[{words}]({address})",
            1 => $"![{words}]({address})",
            2 => $"<{bare}>",
            3 => $"[{words}][r{bare.Length}]\n\n[r{bare.Length}]: {address}\n\n",
            4 => $"![{words}][i{bare.Length}]\n\n[i{bare.Length}]: {address}\n\n",
            5 => $"<a href=\"{bare}\">{words}</a>",
            6 => $"[{words}]({address} \"titre\")",
            7 => $"[![{words}]({address})]({address})",
            8 => $"<img src=\"{bare}\">",
            _ => bare,
        };
    });

    /// <summary>A link placed in a construct: emphasis, list, quote, table, footnote, heading, or plain text.</summary>
    private static readonly Gen<string> Placed = Gen.Select(Gen.Int[0, 8], Link).Select((kind, link) => kind switch
    {
        0 => $"*{link}*",
        1 => $"\n- {link}\n  - {link}\n\n",
        2 => $"\n> {link}\n> > {link}\n\n",
        3 => $"\n\n| a | b |\n|---|---|\n| {link.Replace("\n", " ")} | x |\n\n",
        4 => $"note[^f{link.Length}]\n\n[^f{link.Length}]: {link.Replace("\n", " ")}\n\n",
        5 => $"\n\n# {link.Replace("\n", " ")}\n\n",
        6 => $"**_{link}_**",
        7 => $"~~{link}~~",
        _ => link,
    });

    private static readonly Gen<string> Markdown = Gen.Select(Placed, Gen.OneOf(Gen.Const(" "), Gen.Const("\n"), Gen.Const(" puis "), Gen.Const("\n\n"))).Array[1, 8]
        .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));

    [Fact]
    public void No_scripting_address_survives_in_any_output_of_an_untrusted_site() =>
        Markdown.Sample(markdown =>
        {
            var yaml = JsonSerializer.Serialize(markdown); // a YAML double-quoted scalar
            var (result, output) = TrustSites.Build(TrustSites.Untrusted, TrustSites.Body(markdown),
                ("content/glossary/g.yml", $"- id: terme\n  term: Terme\n  definition: {yaml}\n"),
                ("content/timeline/t.yml", $"- id: e\n  date: 2022-04-01\n  title: E\n  summary: {yaml}\n  tags: [t]\n"));
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
            var found = ScriptingAddresses(output);
            Assert.True(found.Count == 0, $"{string.Join('\n', found)}\nfrom:\n{markdown}");
        }, iter: 150);

    /// <summary>Every address in every output file: HTML pages parsed, JSON strings parsed as HTML, other text decoded then parsed.</summary>
    private static List<string> ScriptingAddresses(MemoryOutput output)
    {
        var parser = new HtmlParser();
        var found = new List<string>();
        foreach (var (path, bytes) in output.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            IEnumerable<string> fragments = path.EndsWith(".json", StringComparison.Ordinal) ? JsonStrings(JsonDocument.Parse(text).RootElement)
                : path.EndsWith(".html", StringComparison.Ordinal) ? [text]
                : [text, System.Net.WebUtility.HtmlDecode(text)]; // feeds carry HTML escaped once more
            foreach (var fragment in fragments)
            {
                var document = parser.ParseDocument(fragment);
                foreach (var element in document.All)
                {
                    foreach (var attribute in element.Attributes)
                    {
                        if (!TrustSites.AddressAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase)) continue;
                        if (Briefings.Markdown.LinkSafety.Scheme(attribute.Value) is "javascript" or "vbscript" or "data") found.Add($"{path}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }
                }
            }
        }
        return found;
    }

    private static IEnumerable<string> JsonStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => JsonStrings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(JsonStrings),
        _ => [],
    };
}
