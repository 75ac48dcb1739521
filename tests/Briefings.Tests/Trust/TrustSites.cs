using AngleSharp.Html.Parser;
using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary>Small sites for the trust tests, and what they check in every page built.</summary>
internal static class TrustSites
{
    public const string Untrusted = "title: T\nlanguage: fr\nmarkdown:\n  raw_html: false\n";

    public const string Trusted = "title: T\nlanguage: fr\n";

    /// <summary>Attributes that hold an address a browser follows, loads or submits to.</summary>
    public static readonly string[] AddressAttributes = ["href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href", "background", "cite", "ping"];

    /// <summary>Every address in every HTML page whose scheme (as a browser reads it) is javascript:, vbscript: or data:.</summary>
    public static List<string> ScriptingAddresses(MemoryOutput output)
    {
        var parser = new HtmlParser();
        var found = new List<string>();
        foreach (var (path, bytes) in output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes.Where(a => AddressAttributes.Contains(a.Name, StringComparer.OrdinalIgnoreCase)))
                {
                    if (Markdown.LinkSafety.Scheme(attribute.Value) is "javascript" or "vbscript" or "data") found.Add($"{path}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }
        return found;
    }

    public static (Briefings.Pipeline.BuildResult Result, MemoryOutput Output) Build(string config, params (string Path, string Text)[] files) =>
        TestSite.Build([("content/site.yml", config), .. files]);

    public static (string, string) Body(string markdown) => ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2022-01-01", markdown));
}
