using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Localization;
using Briefings.Model;
using Briefings.Output;
using Briefings.Planning;
using Briefings.Routing;

namespace Briefings.Publishing;

/// <summary>
/// The outputs that tell readers and crawlers what the site holds: Atom feeds, the sitemap and <c>robots.txt</c>. All of them
/// are made of absolute URLs, so they exist only under <c>base_url</c>; without it, a publishing build warns once.
/// </summary>
public static class PublishingPlanner
{
    /// <summary>
    /// Entries per feed. A feed is a window on the latest briefings, polled by readers that keep what they have seen:
    /// 50 covers months of a busy site while each poll stays small (entries hold their whole text). The sitemap, not the
    /// feeds, lists every page.
    /// </summary>
    public const int FeedEntries = 50;

    /// <summary>The most URLs one sitemap may list (sitemaps.org); past it, <c>sitemap.xml</c> becomes an index of parts.</summary>
    public const int SitemapUrls = 50_000;

    /// <summary>The most bytes one sitemap may hold uncompressed (sitemaps.org: 50 MiB).</summary>
    public const long SitemapBytes = 50L * 1024 * 1024;

    /// <summary>Adds the feeds, sitemap and robots.txt to <paramref name="outputs"/>, after every page is planned.</summary>
    /// <param name="warn">Say why nothing is added when the site has no base URL (a publishing build).</param>
    /// <param name="sitemapUrls">URLs per sitemap: <see cref="SitemapUrls"/> but in tests, which split small sites.</param>
    public static void Plan(List<PlannedOutput> outputs, SiteModel site, Router router, Translations translations, PublishedFiles files,
        bool warn, DiagnosticBag diagnostics, int sitemapUrls = SitemapUrls)
    {
        if (router.BaseUrl is null)
        {
            if (warn)
            {
                diagnostics.Warning(DiagnosticCodes.NoBaseUrl, SourceLocation.FileStart(SiteConfigLoader.Path),
                    "no base_url: the Atom feeds, sitemap.xml and robots.txt are left out, as they need the site's absolute URLs;"
                    + " set 'base_url: https://example.org/briefings/' in content/site.yml, or pass --base-url");
            }
            return;
        }
        var pages = outputs.OfType<PlannedPage>().Where(p => p.Data is not NotFoundData).Select(p => p.Path).ToList();
        // A site's own static/robots.txt, feed.xml or sitemap.xml wins over the one made here (a site moved from another tool
        // keeps its hand-made files, and a robots.txt may say more than where the sitemap is): no collision error for them.
        var own = files.Static.Select(f => f.Path[(SiteReader.StaticFolder.Length + 1)..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var made = new List<PlannedOutput>();
        AddFeeds(made, site, router, translations);
        if (!own.Contains(Router.Sitemap)) AddSitemaps(made, pages, router, sitemapUrls);
        made.Add(new PlannedRobots(Router.Robots, Router.Sitemap));
        outputs.AddRange(made.Where(output => !own.Contains(output.Path)));
    }

    private static void AddFeeds(List<PlannedOutput> outputs, SiteModel site, Router router, Translations translations)
    {
        var config = site.Config;
        outputs.Add(new PlannedFeed(Router.Feed, config.Title, config.Language, Router.Home, Latest(site.Briefings)));
        var languages = site.Briefings.Select(b => b.Language).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        if (languages.Count > 1)
        {
            foreach (var language in languages)
            {
                var path = router.LanguageFeed(language.ToLowerInvariant());
                if (!OutputPath.IsSafe(path)) continue;
                var entries = Latest(site.Briefings.Where(b => string.Equals(b.Language, language, StringComparison.OrdinalIgnoreCase)));
                outputs.Add(new PlannedFeed(path, $"{config.Title} ({language})", language, Router.Home, entries));
            }
        }
        foreach (var group in site.Tags)
        {
            outputs.Add(new PlannedFeed(router.TagFeed(group.Tag.Slug), TagFeedTitle(config, translations, group.Tag.Name), config.Language, router.Tag(group.Tag.Slug), Latest(group.Briefings)));
        }
    }

    /// <summary>A tag's feed as readers list it, and as its page announces it.</summary>
    public static string TagFeedTitle(SiteConfig config, Translations translations, string tag) =>
        $"{config.Title} · {translations.Format(config.Language, "tag.title", tag)}";

    /// <summary>The newest briefings, as the site's list has them (newest first).</summary>
    private static List<string> Latest(IEnumerable<Briefing> briefings) => briefings.Take(FeedEntries).Select(b => b.Slug).ToList();

    /// <summary>
    /// One <c>sitemap.xml</c>, or past <paramref name="limit"/> URLs (or 50 MiB), parts <c>sitemap-N.xml</c> under a
    /// <c>sitemap.xml</c> index: crawlers are given the one address either way.
    /// </summary>
    private static void AddSitemaps(List<PlannedOutput> outputs, List<string> pages, Router router, int limit)
    {
        var baseLength = router.BaseUrl!.ToString().Length;
        var parts = new List<List<string>> { new() };
        long bytes = SitemapWriter.UrlsetOverhead;
        foreach (var page in pages)
        {
            var size = SitemapWriter.UrlOverhead + baseLength + page.Length;
            if (parts[^1].Count == limit || bytes + size > SitemapBytes)
            {
                parts.Add([]);
                bytes = SitemapWriter.UrlsetOverhead;
            }
            parts[^1].Add(page);
            bytes += size;
        }
        if (parts.Count == 1)
        {
            outputs.Add(new PlannedSitemap(Router.Sitemap, parts[0]));
            return;
        }
        var names = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            names.Add(Router.SitemapPart(i + 1));
            outputs.Add(new PlannedSitemap(names[^1], parts[i]));
        }
        outputs.Add(new PlannedSitemapIndex(Router.Sitemap, names));
    }
}
