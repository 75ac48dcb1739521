using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Localization;
using Briefings.Markdown;
using Briefings.Markdown.Extensions.FrenchTypography;
using Briefings.Model;
using Briefings.Output;
using Briefings.Pipeline;
using Briefings.Publishing;
using Briefings.Rendering;
using Briefings.Rendering.Views;
using Briefings.Routing;
using Briefings.Search;

namespace Briefings.Planning;

/// <summary>
/// Stage 5, plan: every output of the site, each with its path from the router, its template and what it
/// reads. Listings go through the paginator; the JSON export and the theme's assets are outputs like pages.
/// </summary>
public static class OutputPlanner
{
    public const string Layout = "layout.html";

    /// <summary>Citing briefings per page of a glossary term: a compact list of titles and dates, longer than a listing of cards.</summary>
    public const int CitationsPerPage = 100;

    /// <summary>Past this many events, <c>timeline.json</c> is also written one year at a time.</summary>
    public const int TimelineJsYearSplit = 1_000;

    /// <param name="pageSize">Briefings per listing page; the site's <c>paginate</c> unless a caller says otherwise.</param>
    /// <param name="files">The files published as they are (<c>static/</c>, bundles); none unless given.</param>
    /// <param name="publishing">Warn when the site has no base URL, and so no feeds or sitemap (<see cref="BuildOptions.Publishing"/>).</param>
    /// <param name="sitemapUrls">URLs per sitemap file; lowered by tests to split small sites.</param>
    /// <param name="search">The search index, whose page and files the plan lists; none when the site has no search.</param>
    public static Staged<OutputPlan> Plan(SiteModel site, Router router, Theme theme, int? pageSize = null, PublishedFiles? files = null,
        bool publishing = false, int sitemapUrls = PublishingPlanner.SitemapUrls, SearchIndex? search = null)
    {
        var diagnostics = new DiagnosticBag();
        var perPage = pageSize ?? site.Config.Paginate;
        var translations = theme.Translations;
        var config = site.Config;
        var language = config.Language;
        // The <title> and description typeset as the page shows them (a no-break space is text wherever it goes).
        PageView View(string kind, string path, string title, string pageLanguage, string? description) =>
            new(kind, path, FrenchTypography.Text(title, pageLanguage, config.Typography)!, pageLanguage,
                FrenchTypography.Text(description, pageLanguage, config.Typography), kind == "not_found" ? null : router.Absolute(path));

        // The timeline's pages (its index by tag and actor, thousands of events split by year) are planned on another
        // thread while the briefings' are planned here (with the model's other index, of tags and term mentions).
        var timelinePages = Task.Run(() =>
        {
            var pages = new List<PlannedOutput>();
            var timeline = TimelineSplitter.Split(site.Timeline.Events, Router.Timeline);
            AddTimeline(pages, timeline, null, "timeline", translations.Get(language, "timeline.title"), language, View);
            foreach (var (tag, events) in site.Timeline.ByTag)
            {
                AddTimeline(pages, TimelineSplitter.Split(events, router.TimelineTag(tag.Slug)), new TimelineFilter(TimelineFacet.Tag, tag.Slug),
                    "timeline_tag", translations.Format(language, "timeline.tag_title", tag.Name), language, View);
            }
            foreach (var (actor, events) in site.Timeline.ByActor)
            {
                AddTimeline(pages, TimelineSplitter.Split(events, router.TimelineActor(actor.Slug)), new TimelineFilter(TimelineFacet.Actor, actor.Slug),
                    "timeline_actor", translations.Format(language, "timeline.actor_title", actor.Name), language, View);
            }
            return (pages, TimelineSplitter.Pages(timeline));
        });

        var outputs = new List<PlannedOutput>();
        foreach (var pager in Paginator.Paginate(site.Briefings.Count, perPage, Router.Home))
        {
            outputs.Add(new PlannedPage(pager.Path, "index.html", Layout, View("index", pager.Path, pager.Number == 1 ? config.Title : $"{config.Title} ({pager.Number}/{pager.PageCount})", language, config.Description), new HomeData(pager)));
        }
        foreach (var briefing in site.Briefings)
        {
            var path = router.Briefing(briefing.Slug);
            outputs.Add(new PlannedPage(path, "briefing.html", Layout, View("briefing", path, briefing.Title, briefing.Language, briefing.Summary), new BriefingData(briefing.Slug)));
        }

        outputs.Add(new PlannedPage(Router.Tags, "tags.html", Layout, View("tags", Router.Tags, translations.Get(language, "tags.title"), language, null), new TagsData()));
        foreach (var group in site.Tags)
        {
            var title = translations.Format(language, "tag.title", group.Tag.Name);
            foreach (var pager in Paginator.Paginate(group.Briefings.Count, perPage, router.Tag(group.Tag.Slug)))
            {
                outputs.Add(new PlannedPage(pager.Path, "tag.html", Layout, View("tag", pager.Path, pager.Number == 1 ? title : $"{title} ({pager.Number}/{pager.PageCount})", language, null), new TagData(group.Tag.Slug, pager)));
            }
        }
        var (timelineOutputs, eventPages) = timelinePages.GetAwaiter().GetResult();
        outputs.AddRange(timelineOutputs);

        outputs.Add(new PlannedPage(Router.Glossary, "glossary.html", Layout, View("glossary", Router.Glossary, translations.Get(language, "glossary.title"), language, null), new GlossaryData()));
        foreach (var term in site.Glossary.Terms)
        {
            foreach (var pager in Paginator.Paginate(site.MentionsOf(term.Id).Count, CitationsPerPage, router.GlossaryTerm(term.Id)))
            {
                outputs.Add(new PlannedPage(pager.Path, "glossary_term.html", Layout, View("glossary_term", pager.Path, pager.Number == 1 ? term.Term : $"{term.Term} ({pager.Number}/{pager.PageCount})", language, null),
                    new GlossaryTermData(term.Id, pager)));
            }
        }
        if (search is not null)
        {
            outputs.Add(new PlannedPage(Router.Search, "search.html", Layout, View("search", Router.Search, translations.Get(language, "search.title"), language, null), new SearchData()));
            foreach (var (path, bytes) in search.Files) outputs.Add(new PlannedSearchFile(path, bytes));
        }
        outputs.Add(new PlannedPage(Router.NotFound, "404.html", Layout, View("not_found", Router.NotFound, translations.Get(language, "not_found.title"), language, null), new NotFoundData()));
        outputs.Add(new PlannedTimelineJson(Router.TimelineJson));
        // TimelineJS slows past about a thousand events: a large timeline is also exported a year at a time.
        if (site.Timeline.Events.Count > TimelineJsYearSplit)
        {
            foreach (var year in site.Timeline.Events.Select(e => TimelineSplitter.Place(e.Date).Year).Distinct().Order())
            {
                outputs.Add(new PlannedTimelineJson(Router.TimelineYearJson(year), year));
            }
        }

        foreach (var asset in theme.Assets)
        {
            if (OutputPath.IsSafe(asset.Name)) outputs.Add(new PlannedAsset(asset.Name, asset, MediaTypes.Of(asset.Name)));
            else diagnostics.Error(DiagnosticCodes.UnsupportedFile, SourceLocation.FileStart(asset.File.Path), "this asset's name cannot be a path in the output");
        }
        PublishingPlanner.Plan(outputs, site, router, translations, files ?? PublishedFiles.None, publishing, diagnostics, sitemapUrls);
        AddPublishedFiles(outputs, site, router, files ?? PublishedFiles.None, diagnostics);
        var imageSizes = CheckLocalFiles(outputs, site, router, files ?? PublishedFiles.None, diagnostics);
        for (var i = 0; i < outputs.Count && imageSizes.Count > 0; i++)
        {
            if (outputs[i] is PlannedPage { Data: BriefingData data } page && imageSizes.TryGetValue(data.Slug, out var sizes))
                outputs[i] = page with { Data = data with { ImageSizes = sizes } };
        }
        return Staged<OutputPlan>.From(new OutputPlan(outputs, eventPages), diagnostics);
    }

    /// <summary>
    /// Each bundle's files beside its briefing's page, then <c>static/</c> at the root. A file never replaces another
    /// output: where it would (<c>static/index.html</c>, <c>static/timeline.json</c>), it is an error at the file.
    /// Paths are compared without case, so that a site that builds here also builds on macOS or Windows.
    /// </summary>
    private static void AddPublishedFiles(List<PlannedOutput> outputs, SiteModel site, Router router, PublishedFiles files, DiagnosticBag diagnostics)
    {
        var made = new Dictionary<string, PlannedOutput>(outputs.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var output in outputs) made.TryAdd(output.Path, output);
        var published = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(InputFile file, string path)
        {
            var at = SourceLocation.FileStart(file.Path);
            if (!OutputPath.IsSafe(path))
                diagnostics.Error(DiagnosticCodes.UnsupportedFile, at, "this file's name cannot be a path in the output");
            else if (file.TooLargeSize > InputFile.MaxPublishedBytes)
                diagnostics.Error(DiagnosticCodes.PublishedFileTooLarge, at, $"this file is {file.TooLargeSize / (1024 * 1024):N0} MiB, more than the {InputFile.MaxPublishedBytes / (1024 * 1024)} MiB a published file may have");
            else if (OutputPath.IsReserved(path))
                diagnostics.Error(DiagnosticCodes.OutputCollision, at, $"this file would be published as {path}, the name of the file where each build records what it wrote; rename or remove it");
            else if (made.TryGetValue(path, out var output))
                diagnostics.Error(DiagnosticCodes.OutputCollision, at, $"this file would be published as {path}, which the build writes itself ({Describe(output)}); rename or remove it");
            else if (published.TryGetValue(path, out var other))
                diagnostics.Error(DiagnosticCodes.OutputCollision, at, $"this file would be published as {path}, as {other} is; rename or remove one of them");
            else
            {
                published[path] = file.Path;
                outputs.Add(new PlannedFile(path, file, MediaTypes.Of(path)));
            }
        }
        foreach (var briefing in site.Briefings)
        {
            if (!files.Bundles.TryGetValue(briefing.MetadataFile.Path, out var bundle)) continue;
            foreach (var file in bundle.Attachments) Add(file, router.BriefingFile(briefing.Slug, file.Path[(bundle.Bundle!.Length + 1)..]));
        }
        foreach (var file in files.Static) Add(file, Router.StaticFile(file.Path[(SiteReader.StaticFolder.Length + 1)..]));
    }

    private static string Describe(PlannedOutput output) => output switch
    {
        PlannedPage page => $"the {page.Page.Kind.Replace('_', ' ')} page",
        PlannedTimelineJson => "the timeline's TimelineJS data",
        PlannedAsset asset => $"the theme's {asset.File.File.Path}",
        PlannedFeed => "an Atom feed",
        PlannedSitemap or PlannedSitemapIndex => "the sitemap",
        PlannedSearchFile => "the search index",
        _ => "a file of its own",
    };

    /// <summary>
    /// Every image or link of a briefing's body to a file of the site by a relative URL leads to a file the plan
    /// writes: a missing one is an error at its line in the body, in <c>build</c> as in <c>check</c>.
    /// </summary>
    /// <returns>The width and height of each body's local images that have them in their header, by briefing slug and link slot.</returns>
    private static Dictionary<string, IReadOnlyDictionary<int, (int, int)>> CheckLocalFiles(List<PlannedOutput> outputs, SiteModel site, Router router, PublishedFiles files, DiagnosticBag diagnostics)
    {
        var sizes = new Dictionary<string, IReadOnlyDictionary<int, (int, int)>>(StringComparer.Ordinal);
        Dictionary<string, PlannedOutput>? planned = null;
        foreach (var briefing in site.Briefings)
        {
            var page = router.Briefing(briefing.Slug);
            var links = site.BodyOf(briefing).Processed.Links;
            Dictionary<int, (int, int)>? briefingSizes = null;
            for (var slot = 0; slot < links.Count; slot++)
            {
                if (links[slot] is not LocalFileLink file) continue;
                if (planned is null)
                {
                    planned = new Dictionary<string, PlannedOutput>(outputs.Count, StringComparer.Ordinal);
                    foreach (var output in outputs) planned.TryAdd(output.Path, output);
                }
                var target = LinkChecker.Resolve(page, file.Path);
                if (target is not null && planned.TryGetValue(target, out var found))
                {
                    if (file.Image && found is PlannedFile image && ImageHeader.Read(image.File.Head(ImageHeader.MaxBytes)) is { } size)
                    {
                        (briefingSizes ??= [])[slot] = size;
                    }
                    continue;
                }
                var what = file.Image ? "image" : "link";
                var hint = files.Bundles.TryGetValue(briefing.MetadataFile.Path, out var bundle)
                    ? $"put the file in {bundle.Bundle}/"
                    : $"a briefing's own files go beside it in a folder: {BriefingSourceCollector.Folder}/{briefing.FileName}/index{Path.GetExtension(briefing.Body.File.Path)}";
                diagnostics.Error(DiagnosticCodes.MissingLocalFile, file.Location, target is null
                    ? $"this {what} ('{file.Written}') leads outside the site"
                    : $"this {what} ('{file.Written}') names no file of the site ({target}); {hint}, or the site's own in {SiteReader.StaticFolder}/");
            }
            if (briefingSizes is not null) sizes[briefing.Slug] = briefingSizes;
        }
        return sizes;
    }

    /// <summary>The pages of one timeline; a year or month page is titled after the whole and its period.</summary>
    private static void AddTimeline(List<PlannedOutput> outputs, IReadOnlyList<TimelinePart> parts, TimelineFilter? filter, string kind,
        string title, string language, Func<string, string, string, string, string?, PageView> view)
    {
        foreach (var part in parts)
        {
            var partTitle = part.Year is { } year
                ? $"{title} · {Timeline.EdtfWording.Period(year, part.Month, language)}"
                : title;
            if (part.Pager is { Number: > 1 } pager) partTitle += $" ({pager.Number}/{pager.PageCount})";
            outputs.Add(new PlannedPage(part.Path, "timeline.html", Layout, view(kind, part.Path, partTitle, language, null), new TimelineData(filter, part)));
        }
    }
}
