using Briefings.Model;
using Briefings.Planning;
using Briefings.Rendering.Templates;
using Briefings.Rendering.Views;
using Briefings.Routing;
using Scriban.Runtime;

namespace Briefings.Rendering;

/// <summary>What a page's template sees besides <c>site</c> and <c>page</c>, read from the model when the page renders.</summary>
public static class PageGlobals
{
    public static ScriptObject For(PlannedPage page, SiteModel site, ViewFactory views, Router router, string glossaryTitle)
    {
        var globals = new ScriptObject();
        switch (page.Data)
        {
            case HomeData home:
                globals["briefings"] = views.Briefings(home.Pager.Slice(site.Briefings));
                globals["paginator"] = Paginator(home.Pager, site.Briefings.Count);
                break;
            case BriefingData data:
                var briefing = site.FindBriefing(data.Slug)!;
                globals["briefing"] = views.Briefing(briefing);
                globals["events"] = views.Events(site.Timeline.EventsFor(briefing.Slug));
                globals["terms"] = views.TermsMentionedBy(briefing);
                globals["body"] = new BodyContent(site.BodyOf(briefing), router);
                break;
            case TagsData:
                globals["tags"] = views.Tags;
                break;
            case TagData tag:
                var group = site.FindTag(tag.Slug)!;
                globals["tag"] = views.Tag(tag.Slug);
                globals["briefings"] = views.Briefings(tag.Pager.Slice(group.Briefings));
                globals["paginator"] = Paginator(tag.Pager, group.Briefings.Count);
                break;
            case TimelineData timeline:
                var (filter, events) = timeline.Filter switch
                {
                    { Facet: TimelineFacet.Tag } f => (views.TimelineTag(f.Slug), site.Timeline.EventsWithTag(f.Slug)),
                    { Facet: TimelineFacet.Actor } f => (views.TimelineActor(f.Slug), site.Timeline.EventsWithActor(f.Slug)),
                    _ => ((FacetView?)null, site.Timeline.Events),
                };
                globals["years"] = views.Years(events);
                globals["event_count"] = events.Count;
                globals["filter"] = filter;
                globals["timeline_tags"] = views.TimelineTags;
                globals["timeline_actors"] = views.TimelineActors;
                break;
            case GlossaryData:
                globals["letters"] = views.GlossaryLetters;
                globals["terms"] = views.GlossaryTerms;
                globals["json_ld"] = GlossaryJsonLd.Create(views.GlossaryTerms, router, site.Config.Language, glossaryTitle);
                break;
        }
        return globals;
    }

    private static PaginatorView Paginator(Pager pager, int itemCount) =>
        new(pager.Number, pager.PageCount, itemCount, pager.Previous, pager.Next, pager.Pages);
}
