using Briefings.Diagnostics;
using Briefings.Localization;
using Briefings.Model;
using Briefings.Output;
using Briefings.Pipeline;
using Briefings.Rendering;
using Briefings.Rendering.Views;
using Briefings.Routing;

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
    public static Staged<OutputPlan> Plan(SiteModel site, Router router, Theme theme, int? pageSize = null)
    {
        var diagnostics = new DiagnosticBag();
        var perPage = pageSize ?? site.Config.Paginate;
        var translations = theme.Translations;
        var config = site.Config;
        var language = config.Language;
        PageView View(string kind, string path, string title, string pageLanguage, string? description) =>
            new(kind, path, title, pageLanguage, description, kind == "not_found" ? null : router.Absolute(path));

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
        return Staged<OutputPlan>.From(new OutputPlan(outputs, eventPages), diagnostics);
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
