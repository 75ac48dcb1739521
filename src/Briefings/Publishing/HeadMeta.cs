using Briefings.Localization;
using Briefings.Model;
using Briefings.Planning;
using Briefings.Rendering.Templates;
using Briefings.Rendering.Views;
using Briefings.Routing;
using Briefings.Text;

namespace Briefings.Publishing;

/// <summary>
/// Makes each page's <see cref="HeadMetaView"/> from what its plan says it shows, so that its output key (which hashes the
/// page, its data and the configuration) covers it.
/// </summary>
public sealed class HeadMeta(SiteModel site, ViewFactory views, Router router, Translations translations)
{
    private readonly PageJsonLd _jsonLd = new(site.Config, router);

    public HeadMetaView For(PlannedPage page)
    {
        var config = site.Config;
        var briefing = page.Data is BriefingData data ? views.Briefing(data.Slug) : null;
        var feeds = new List<FeedLinkView>();
        var jsonLd = new List<RawHtml>();
        if (router.BaseUrl is not null)
        {
            feeds.Add(new FeedLinkView(config.Title, router.Absolute(Router.Feed)!));
            if (page.Data is TagData tag)
            {
                var name = site.FindTag(tag.Slug)!.Tag.Name;
                feeds.Add(new FeedLinkView(PublishingPlanner.TagFeedTitle(config, translations, name), router.Absolute(router.TagFeed(tag.Slug))!));
            }
            if (briefing is not null) jsonLd.Add(_jsonLd.Article(briefing));
            // The site timeline's pages hold every event at its address; a tag's or an actor's timeline repeats some.
            if (page.Data is TimelineData { Filter: null, Part.Events.Count: > 0 } timeline) jsonLd.Add(_jsonLd.Events(page.Path, timeline.Part.Events));
            var trail = Breadcrumbs.Of(page, config, translations);
            if (trail.Count > 1) jsonLd.Add(_jsonLd.Breadcrumbs(trail));
        }
        return new HeadMetaView(
            briefing is null ? "website" : "article",
            page.Page.Description ?? config.Description,
            Locale(page.Page.Language),
            briefing?.DateIso,
            briefing?.Tags.Select(t => t.Name).ToList() ?? [],
            feeds,
            jsonLd);
    }

    /// <summary>Open Graph writes a locale as language_TERRITORY: a bare language gets its usual territory, where it has one.</summary>
    private static string? Locale(string language)
    {
        var parts = language.Split('-');
        if (parts.Length > 1 && parts[1].Length == 2) return $"{parts[0].ToLowerInvariant()}_{parts[1].ToUpperInvariant()}";
        return LanguageTag.Primary(language) switch
        {
            "fr" => "fr_FR",
            "en" => "en_US",
            "de" => "de_DE",
            "es" => "es_ES",
            "it" => "it_IT",
            "pt" => "pt_PT",
            "nl" => "nl_NL",
            "ru" => "ru_RU",
            "uk" => "uk_UA",
            "pl" => "pl_PL",
            _ => null,
        };
    }
}
