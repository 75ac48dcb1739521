using Briefings.Model;
using Briefings.Output;
using Briefings.Rendering.Views;

namespace Briefings.Rendering;

/// <summary>Lists the pages of a site: the index, one per briefing, the tags, the timeline and its filters, the 404 page.</summary>
public sealed class PagePlanner(SiteModel site, ViewFactory views, Localization.Translations translations)
{
    public IEnumerable<PageSpec> Plan()
    {
        var config = site.Config;
        var language = config.Language;
        yield return Page("index.html", "index", SitePaths.Index, config.Title, language, config.Description,
            new() { ["briefings"] = views.Briefings(site.Briefings) });

        foreach (var briefing in site.Briefings)
        {
            var view = views.Briefing(briefing);
            yield return Page("briefing.html", "briefing", view.Path, briefing.Title, briefing.Language, briefing.Summary,
                new()
                {
                    ["briefing"] = view,
                    ["events"] = views.Events(site.Timeline.EventsFor(briefing.Slug)),
                    ["terms"] = views.TermsMentionedBy(briefing),
                }) with { Briefing = briefing };
        }

        yield return Page("tags.html", "tags", SitePaths.Tags, translations.Get(language, "tags.title"), language, null,
            new() { ["tags"] = views.Tags });
        foreach (var group in site.Tags)
        {
            var tag = views.Tag(group.Tag);
            yield return Page("tag.html", "tag", tag.Path, translations.Format(language, "tag.title", tag.Name), language, null,
                new() { ["tag"] = tag, ["briefings"] = views.Briefings(group.Briefings) });
        }

        yield return Timeline("timeline", SitePaths.Timeline, translations.Get(language, "timeline.title"), null, site.Timeline.Events);
        foreach (var (tag, events) in site.Timeline.ByTag)
        {
            var facet = views.TimelineTag(tag);
            yield return Timeline("timeline_tag", facet.Path, translations.Format(language, "timeline.tag_title", tag.Name), facet, events);
        }
        foreach (var (actor, events) in site.Timeline.ByActor)
        {
            var facet = views.TimelineActor(actor);
            yield return Timeline("timeline_actor", facet.Path, translations.Format(language, "timeline.actor_title", actor.Name), facet, events);
        }

        yield return Page("glossary.html", "glossary", SitePaths.Glossary, translations.Get(language, "glossary.title"), language, null, new()
        {
            ["letters"] = views.GlossaryLetters,
            ["terms"] = views.GlossaryTerms,
            ["json_ld"] = GlossaryJsonLd.Create(site, views, translations.Get(language, "glossary.title")),
        });

        yield return Page("404.html", "not_found", SitePaths.NotFound, translations.Get(language, "not_found.title"), language, null, new());
    }

    private PageSpec Timeline(string kind, string path, string title, FacetView? filter, IReadOnlyList<TimelineEvent> events) =>
        Page("timeline.html", kind, path, title, site.Config.Language, null, new()
        {
            ["years"] = views.Years(events),
            ["event_count"] = events.Count,
            ["filter"] = filter,
            ["timeline_tags"] = views.TimelineTags,
            ["timeline_actors"] = views.TimelineActors,
        });

    private PageSpec Page(string template, string kind, string path, string title, string language, string? description,
        Dictionary<string, object?> globals)
    {
        var canonical = site.Config.BaseUrl is { } baseUrl && kind != "not_found" ? new Uri(baseUrl, path).ToString() : null;
        return new PageSpec(template, new PageView(kind, path, title, language, description, canonical), globals);
    }
}
