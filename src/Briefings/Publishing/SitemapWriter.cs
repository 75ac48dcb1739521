using System.Text;
using System.Xml;
using Briefings.Routing;

namespace Briefings.Publishing;

/// <summary>
/// Sitemaps per sitemaps.org 0.9: a <c>urlset</c> of page URLs, or a <c>sitemapindex</c> of sitemaps. Only <c>loc</c> is
/// written: a briefing has a publication date but no date of last change, and a <c>lastmod</c> that is not the date of the
/// last change is worse than none (crawlers learn to ignore it).
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The bytes a urlset adds besides its URLs (declaration and root element), rounded up.</summary>
    public const int UrlsetOverhead = 200;

    /// <summary>The bytes each URL adds besides its text (<c>&lt;url&gt;&lt;loc&gt;…</c> and indentation), rounded up.</summary>
    public const int UrlOverhead = 40;

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    public static void WriteUrlset(Stream stream, IReadOnlyList<string> pages, Router router) =>
        Write(stream, "urlset", "url", pages, router);

    public static void WriteIndex(Stream stream, IReadOnlyList<string> sitemaps, Router router) =>
        Write(stream, "sitemapindex", "sitemap", sitemaps, router);

    private static void Write(Stream stream, string root, string item, IReadOnlyList<string> paths, Router router)
    {
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement(root, Namespace);
        foreach (var path in paths)
        {
            xml.WriteStartElement(item, Namespace);
            xml.WriteElementString("loc", Namespace, XmlText.Clean(router.Absolute(path)!));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
