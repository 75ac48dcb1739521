using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Briefings.Tests.Publishing;

/// <summary>
/// What RFC 4287 requires of a feed, checked without a RELAX NG validator (.NET has none): it loads with
/// <see cref="SyndicationFeed.Load(XmlReader)"/>, the feed has exactly one id, title and updated, every entry too, every entry
/// has an author or the feed has one, ids are unique, dates are RFC 3339, and every URL (links, ids, and those in the
/// entries' HTML) is absolute; the site's own are under the base sub-path.
/// </summary>
internal static class AtomAssert
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <returns>The entries' ids, in the feed's order.</returns>
    public static List<string> Valid(byte[] bytes, string self)
    {
        using (var reader = XmlReader.Create(new MemoryStream(bytes))) Assert.NotNull(SyndicationFeed.Load(reader));
        var feed = XDocument.Load(new MemoryStream(bytes)).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var name in new[] { "id", "title", "updated" }) Assert.Single(feed.Elements(Atom + name));
        Assert.Equal(self, feed.Element(Atom + "id")!.Value);
        Assert.Equal(self, Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Date(feed.Element(Atom + "updated")!.Value);
        var feedAuthor = feed.Elements(Atom + "author").Any(a => a.Element(Atom + "name")?.Value.Length > 0);

        var ids = new List<string>();
        var updated = new List<DateTimeOffset>();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var name in new[] { "id", "title", "updated" }) Assert.Single(entry.Elements(Atom + name));
            ids.Add(entry.Element(Atom + "id")!.Value);
            updated.Add(Date(entry.Element(Atom + "updated")!.Value));
            Assert.True(feedAuthor || entry.Elements(Atom + "author").Any(), "an entry without an author in a feed without one");
            Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") is null or "alternate");
            var content = Assert.Single(entry.Elements(Atom + "content"));
            Assert.Equal("html", (string?)content.Attribute("type"));
            foreach (var url in ContentUrls(content.Value)) Absolute(url, ownSite: false);
        }
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(updated.OrderDescending(), updated); // newest first
        foreach (var id in ids) Absolute(id, ownSite: true);
        foreach (var link in feed.Descendants(Atom + "link")) Absolute(link.Attribute("href")!.Value, ownSite: true);
        return ids;
    }

    /// <summary>RFC 3339: a date, a time and an offset (XmlConvert reads xsd:dateTime, which RFC 3339 is a profile of).</summary>
    private static DateTimeOffset Date(string text)
    {
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$", text);
        return XmlConvert.ToDateTimeOffset(text);
    }

    private static IEnumerable<string> ContentUrls(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("[href],[src]"))
        {
            if (element.GetAttribute("href") is { } href) yield return href;
            if (element.GetAttribute("src") is { } src) yield return src;
        }
    }

    private static void Absolute(string url, bool ownSite)
    {
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "mailto", $"not an absolute URL: {url}");
        if (ownSite) Assert.StartsWith(PublishingSupport.Base, url);
    }
}
