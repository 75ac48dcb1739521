using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Briefings.Model;
using Briefings.Routing;

namespace Briefings.Publishing;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) written with <c>System.ServiceModel.Syndication</c>. Every date comes from the briefings,
/// never from the clock, so a rebuild of the same site writes the same bytes. A briefing has one date: it is both the
/// entry's <c>published</c> and its <c>updated</c>, at midnight UTC. Every text goes through <see cref="XmlText.Clean"/>.
/// </summary>
public static class FeedWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <summary>The <c>updated</c> of a feed with no entry yet: RFC 4287 requires one, and a fixed date keeps builds reproducible.</summary>
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    public static void Write(Stream stream, PlannedFeed planned, SiteModel site, Router router, FeedContent content)
    {
        var config = site.Config;
        var briefings = planned.Slugs.Select(slug => site.FindBriefing(slug)!).ToList();
        var self = new Uri(router.Absolute(planned.Path)!);
        var feed = new SyndicationFeed
        {
            Id = self.AbsoluteUri,
            Title = new TextSyndicationContent(XmlText.Clean(planned.Title)),
            Language = planned.Language,
            LastUpdatedTime = briefings.Count == 0 ? Epoch : briefings.Max(b => At(b.Date)),
            Generator = "Briefings",
        };
        if (config.Description is { } description) feed.Description = new TextSyndicationContent(XmlText.Clean(description));
        if (config.Copyright is { } copyright) feed.Copyright = new TextSyndicationContent(XmlText.Clean(copyright));
        // RFC 4287 wants an author on every entry or on the feed: the site's, or the site itself.
        feed.Authors.Add(new SyndicationPerson(null, XmlText.Clean(config.Author ?? config.Title), null));
        feed.Links.Add(new SyndicationLink(self, "self", null, "application/atom+xml", 0));
        feed.Links.Add(new SyndicationLink(new Uri(router.Absolute(planned.Page)!), "alternate", null, "text/html", 0));
        feed.Items = briefings.Select(b => Entry(b, router, content)).ToList();

        using var xml = XmlWriter.Create(stream, Settings);
        new Atom10FeedFormatter(feed).WriteTo(xml);
    }

    private static SyndicationItem Entry(Briefing briefing, Router router, FeedContent content)
    {
        var url = new Uri(router.Absolute(router.Briefing(briefing.Slug))!);
        var item = new SyndicationItem
        {
            Id = url.AbsoluteUri,
            Title = new TextSyndicationContent(XmlText.Clean(briefing.Title)),
            PublishDate = At(briefing.Date),
            LastUpdatedTime = At(briefing.Date),
            Content = SyndicationContent.CreateHtmlContent(XmlText.Clean(content.Of(briefing))),
        };
        if (briefing.Summary is { } summary) item.Summary = new TextSyndicationContent(XmlText.Clean(summary));
        item.Links.Add(new SyndicationLink(url, "alternate", null, "text/html", 0));
        foreach (var author in briefing.Authors) item.Authors.Add(new SyndicationPerson(null, XmlText.Clean(author), null));
        var scheme = router.Absolute(Router.Tags);
        foreach (var tag in briefing.Tags) item.Categories.Add(new SyndicationCategory(XmlText.Clean(tag.Slug), scheme, XmlText.Clean(tag.Name)));
        return item;
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
