using System.Text;
using System.Text.Json;
using Briefings.Configuration;
using Briefings.Model;
using Briefings.Rendering;
using Briefings.Rendering.Templates;
using Briefings.Rendering.Views;
using Briefings.Routing;

namespace Briefings.Publishing;

/// <summary>
/// schema.org JSON-LD for a page's head: <c>NewsArticle</c> for a briefing, <c>Event</c>s for the site timeline's events,
/// <c>BreadcrumbList</c> for any page below the home page. Every URL is absolute (made only under <c>base_url</c>), and every
/// object goes through <see cref="ScriptSafeJson"/>, so that no title can end the <c>&lt;script&gt;</c> element it is in.
/// </summary>
public sealed class PageJsonLd(SiteConfig config, Router router)
{
    private string Url(string path) => router.Absolute(path)!;

    /// <summary>
    /// A briefing as a news article. Its authors are written as people (a briefing names them by name alone); a briefing
    /// without one is the site's, as an organisation. It has one date: published and modified are the same day.
    /// </summary>
    public RawHtml Article(BriefingView briefing) => Write(json =>
    {
        var url = Url(briefing.Path);
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", briefing.Title);
        if (briefing.Summary is { } summary) json.WriteString("description", summary);
        json.WriteString("datePublished", briefing.DateIso);
        json.WriteString("dateModified", briefing.DateIso);
        json.WriteString("inLanguage", briefing.Language);
        json.WriteStartArray("author");
        if (briefing.Authors.Count == 0) Organization(json, config.Author ?? config.Title);
        foreach (var author in briefing.Authors)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", author);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("publisher");
        Organization(json, config.Title, Url(Router.Home));
        if (briefing.Source is { } source)
        {
            json.WriteStartObject("isBasedOn");
            json.WriteString("@type", "CreativeWork");
            json.WriteString("name", source.Name);
            if (source.Url is { } sourceUrl) json.WriteString("url", sourceUrl);
            if (source.PublishedIso is { } published) json.WriteString("datePublished", published);
            json.WriteEndObject();
        }
        if (briefing.Tags.Count > 0)
        {
            json.WriteStartArray("keywords");
            foreach (var tag in briefing.Tags) json.WriteStringValue(tag.Name);
            json.WriteEndArray();
        }
        json.WriteString("url", url);
        json.WriteStartObject("mainEntityOfPage");
        json.WriteString("@type", "WebPage");
        json.WriteString("@id", url);
        json.WriteEndObject();
    });

    /// <summary>The events of one timeline page, each at its anchor on that page, dated as <see cref="SchemaDates"/> allows.</summary>
    public RawHtml Events(string page, IReadOnlyList<TimelineEvent> events) => Write(json =>
    {
        json.WriteStartArray("@graph");
        foreach (var e in events)
        {
            var url = Url(Router.Event(page, e.Id));
            json.WriteStartObject();
            json.WriteString("@type", "Event");
            json.WriteString("@id", url);
            json.WriteString("name", e.Title);
            var (start, end) = SchemaDates.Of(e.Date);
            if (start is not null) json.WriteString("startDate", start);
            if (end is not null) json.WriteString("endDate", end);
            if (e.Place is { } place)
            {
                json.WriteStartObject("location");
                json.WriteString("@type", "Place");
                json.WriteString("name", place);
                json.WriteEndObject();
            }
            json.WriteString("url", url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    public RawHtml Breadcrumbs(IReadOnlyList<(string Name, string Path)> trail) => Write(json =>
    {
        json.WriteString("@type", "BreadcrumbList");
        json.WriteStartArray("itemListElement");
        for (var i = 0; i < trail.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            json.WriteString("name", trail[i].Name);
            json.WriteString("item", Url(trail[i].Path));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    private static void Organization(Utf8JsonWriter json, string name, string? url = null)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", name);
        if (url is not null) json.WriteString("url", url);
        json.WriteEndObject();
    }

    private static RawHtml Write(Action<Utf8JsonWriter> members)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ScriptSafeJson.Indented))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            members(json);
            json.WriteEndObject();
        }
        return new RawHtml(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
