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
                globals["paginator"] = Paginator(home.Pager);
                break;
            case BriefingData data:
                var briefing = site.FindBriefing(data.Slug)!;
                globals["briefing"] = views.Briefing(briefing);
                globals["events"] = views.Events(site.Timeline.EventsFor(briefing.Slug));
                globals["terms"] = views.TermsMentionedBy(briefing);
                globals["body"] = new BodyContent(site.BodyOf(briefing), router, data.ImageSizes);
                break;
            case TagsData:
                globals["tags"] = views.Tags;
                break;
            case TagData tag:
                var group = site.FindTag(tag.Slug)!;
                globals["tag"] = views.Tag(tag.Slug);
                globals["briefings"] = views.Briefings(tag.Pager.Slice(group.Briefings));
                globals["paginator"] = Paginator(tag.Pager);
                break;
            case TimelineData timeline:
                var part = timeline.Part;
                globals["years"] = views.Years(part.Events);
                globals["event_count"] = part.EventCount;
                globals["periods"] = views.Periods(part.Periods);
                globals["parent"] = part.Parent;
                globals["paginator"] = part.Pager is { } pager ? Paginator(pager) : null;
                globals["filter"] = timeline.Filter switch
                {
                    { Facet: TimelineFacet.Tag } f => views.TimelineTag(f.Slug),
                    { Facet: TimelineFacet.Actor } f => views.TimelineActor(f.Slug),
                    _ => null,
                };
                globals["timeline_tags"] = views.TimelineTags;
                globals["timeline_actors"] = views.TimelineActors;
                break;
            case GlossaryTermData term:
                var citing = site.MentionsOf(term.Id);
                globals["term"] = views.Term(term.Id);
                globals["briefings"] = views.Briefings(term.Pager.Slice(citing));
                globals["paginator"] = Paginator(term.Pager);
                break;
            case GlossaryData:
                globals["letters"] = views.GlossaryLetters;
                globals["terms"] = views.GlossaryTerms;
                globals["json_ld"] = GlossaryJsonLd.Create(views.GlossaryTerms, router, site.Config.Language, glossaryTitle);
                break;
        }
        return globals;
    }

    private static PaginatorView Paginator(Pager pager) => PaginatorView.Of(pager);
}
