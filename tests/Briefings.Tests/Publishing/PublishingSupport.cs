using System.Xml;
using System.Xml.Schema;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;
using Briefings.Pipeline;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

/// <summary>Builds sites under the base sub-path the issue names, and validates what they publish.</summary>
internal static class PublishingSupport
{
    public const string Base = "https://example.org/briefings/";

    public static BuildOptions WithBase { get; } = new(BaseUrl: new Uri(Base));

    /// <summary>The demo site (the repository's own content and templates), built in memory.</summary>
    public static (BuildResult Result, MemoryOutput Output) Demo(BuildOptions? options = null)
    {
        var output = new MemoryOutput();
        var result = SiteBuilder.Build(SiteReader.Read(Repository.Root), options ?? WithBase, output);
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        return (result, output);
    }

    /// <summary>The pages a sitemap must list: every HTML page but the 404 page, which is no address of its own.</summary>
    public static SortedSet<string> Pages(MemoryOutput output) =>
        new(output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html").Select(p => Base + p), StringComparer.Ordinal);

    /// <summary>Validates an XML file against the vendored sitemaps.org schemas; returns every problem as <c>line:col message</c>.</summary>
    public static List<string> SchemaErrors(byte[] xml)
    {
        var set = new XmlSchemaSet();
        set.Add("http://www.sitemaps.org/schemas/sitemap/0.9", Repository.PathOf("tests", "Briefings.Tests", "Publishing", "Schemas", "sitemap.xsd"));
        set.Add("http://www.sitemaps.org/schemas/sitemap/0.9", Repository.PathOf("tests", "Briefings.Tests", "Publishing", "Schemas", "siteindex.xsd"));
        set.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read()) { }
        return errors;
    }
}
