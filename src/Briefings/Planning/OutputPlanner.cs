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

    public static Staged<OutputPlan> Plan(SiteModel site, Router router, Theme theme, int pageSize = Paginator.Unpaged)
    {
        var diagnostics = new DiagnosticBag();
        var outputs = new List<PlannedOutput>();
        var translations = theme.Translations;
        var config = site.Config;
        var language = config.Language;
        PageView View(string kind, string path, string title, string pageLanguage, string? description = null) =>
            new(kind, path, title, pageLanguage, description, kind == "not_found" ? null : router.Absolute(path));

        foreach (var pager in Paginator.Paginate(site.Briefings.Count, pageSize, Router.Home))
        {
            outputs.Add(new PlannedPage(pager.Path, "index.html", Layout, View("index", pager.Path, config.Title, language, config.Description), new HomeData(pager)));
        }
        foreach (var briefing in site.Briefings)
        {
            var path = router.Briefing(briefing.Slug);
            outputs.Add(new PlannedPage(path, "briefing.html", Layout, View("briefing", path, briefing.Title, briefing.Language, briefing.Summary), new BriefingData(briefing.Slug)));
        }

        outputs.Add(new PlannedPage(Router.Tags, "tags.html", Layout, View("tags", Router.Tags, translations.Get(language, "tags.title"), language), new TagsData()));
        foreach (var group in site.Tags)
        {
            var title = translations.Format(language, "tag.title", group.Tag.Name);
            foreach (var pager in Paginator.Paginate(group.Briefings.Count, pageSize, router.Tag(group.Tag.Slug)))
            {
                outputs.Add(new PlannedPage(pager.Path, "tag.html", Layout, View("tag", pager.Path, title, language), new TagData(group.Tag.Slug, pager)));
            }
        }

        outputs.Add(new PlannedPage(Router.Timeline, "timeline.html", Layout, View("timeline", Router.Timeline, translations.Get(language, "timeline.title"), language), new TimelineData(null)));
        foreach (var (tag, _) in site.Timeline.ByTag)
        {
            var path = router.TimelineTag(tag.Slug);
            outputs.Add(new PlannedPage(path, "timeline.html", Layout, View("timeline_tag", path, translations.Format(language, "timeline.tag_title", tag.Name), language),
                new TimelineData(new TimelineFilter(TimelineFacet.Tag, tag.Slug))));
        }
        foreach (var (actor, _) in site.Timeline.ByActor)
        {
            var path = router.TimelineActor(actor.Slug);
            outputs.Add(new PlannedPage(path, "timeline.html", Layout, View("timeline_actor", path, translations.Format(language, "timeline.actor_title", actor.Name), language),
                new TimelineData(new TimelineFilter(TimelineFacet.Actor, actor.Slug))));
        }

        outputs.Add(new PlannedPage(Router.Glossary, "glossary.html", Layout, View("glossary", Router.Glossary, translations.Get(language, "glossary.title"), language), new GlossaryData()));
        outputs.Add(new PlannedPage(Router.NotFound, "404.html", Layout, View("not_found", Router.NotFound, translations.Get(language, "not_found.title"), language), new NotFoundData()));
        outputs.Add(new PlannedTimelineJson(Router.TimelineJson));

        foreach (var asset in theme.Assets)
        {
            if (OutputPath.IsSafe(asset.Name)) outputs.Add(new PlannedAsset(asset.Name, asset, MediaTypes.Of(asset.Name)));
            else diagnostics.Error(DiagnosticCodes.UnsupportedFile, SourceLocation.FileStart(asset.File.Path), "this asset's name cannot be a path in the output");
        }
        return Staged<OutputPlan>.From(new OutputPlan(outputs), diagnostics);
    }
}
