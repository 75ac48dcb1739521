using Briefings.Markdown;
using Briefings.Model;
using Briefings.Planning;
using Briefings.Rendering.Templates;
using Briefings.Rendering.Views;
using Briefings.Routing;

namespace Briefings.Rendering;

/// <summary>
/// A hash of everything each output of the plan is made from: the build's own inputs (tool, configuration,
/// theme), its path and templates, and the hashes of the views its templates get (<see cref="ViewKeys"/>), as
/// <see cref="PageGlobals"/> gives them. An output whose hash is the one its file was made from is not rendered.
/// </summary>
public sealed class OutputKeys
{
    private readonly SiteModel _site;
    private readonly Router _router;
    private readonly ViewKeys _views;
    private readonly UInt128 _build;
    private readonly Dictionary<int, List<TimelineEvent>> _eventsByYear;

    private OutputKeys(SiteModel site, Router router, ViewKeys views, UInt128 build, Dictionary<int, List<TimelineEvent>> eventsByYear)
    {
        _site = site;
        _router = router;
        _views = views;
        _build = build;
        _eventsByYear = eventsByYear;
    }

    /// <param name="build">What every output depends on besides its own data: the tool, the configuration, the options and the theme.</param>
    public static OutputKeys Create(SiteModel site, ProcessedSite processed, Router router, OutputPlan plan, UInt128 build)
    {
        // The events of each yearly timeline.json are found while the views' keys are computed.
        var byYear = Task.Run(() => site.Timeline.Events.GroupBy(e => TimelineSplitter.Place(e.Date).Year).ToDictionary(g => g.Key, g => g.ToList()));
        var views = ViewKeys.Of(site, processed, plan.EventPages);
        return new(site, router, views, build, byYear.GetAwaiter().GetResult());
    }

    /// <param name="key">Where the bytes are gathered: a new or reset <see cref="HashInput"/>.</param>
    public UInt128 Of(PlannedOutput planned, HashInput key)
    {
        key.Add(_build).Add(planned.Path);
        switch (planned)
        {
            case PlannedPage page:
                key.Add(page.Template).Add(page.Layout);
                AddPage(key, page.Page);
                AddData(key, page.Data);
                break;
            case PlannedTimelineJson json:
                key.Add(json.Year ?? int.MinValue);
                AddEvents(key, json.Year is { } year ? _eventsByYear.GetValueOrDefault(year) ?? [] : _site.Timeline.Events);
                break;
            case PlannedFile file:
                // Read and hashed at every build: a file edited in place keeps its name and often its size.
                using (var bytes = file.File.LendPublished()) key.Add(System.IO.Hashing.XxHash128.HashToUInt128(bytes.Span));
                break;
            case Publishing.PlannedFeed feed:
                // Each entry as the feed shows it: the briefing's metadata and its whole body, links included.
                key.Add("feed").Add(feed.Title).Add(feed.Language).Add(feed.Page).Add(feed.Slugs.Count);
                foreach (var slug in feed.Slugs)
                {
                    var briefing = _site.FindBriefing(slug)!;
                    key.Add(_views.Briefing(briefing));
                    new BodyContent(_site.BodyOf(briefing), _router).AddTo(key);
                }
                break;
            case Publishing.PlannedSitemap map:
                AddPaths(key.Add("sitemap"), map.Pages);
                break;
            case Publishing.PlannedSitemapIndex index:
                AddPaths(key.Add("sitemap-index"), index.Sitemaps);
                break;
            case Publishing.PlannedRobots robots:
                key.Add("robots").Add(robots.Sitemap);
                break;
            case PlannedSearchFile search:
                key.Add(System.IO.Hashing.XxHash128.HashToUInt128(search.Bytes));
                break;
            // An asset is a file of the theme, and the theme is in the build's hash.
        }
        return key.Hash();
    }

    private void AddData(HashInput key, PageData data)
    {
        switch (data)
        {
            case HomeData home:
                key.Add("home");
                AddBriefings(key, home.Pager, null);
                break;
            case BriefingData briefingData:
                var briefing = _site.FindBriefing(briefingData.Slug)!;
                var body = _site.BodyOf(briefing);
                key.Add("briefing").Add(_views.Briefing(briefing));
                AddEvents(key, _site.Timeline.EventsFor(briefing.Slug));
                key.Add(body.Processed.Terms.Count);
                foreach (var term in body.Processed.Terms) key.Add(_views.TermLink(term));
                new BodyContent(body, _router, briefingData.ImageSizes).AddTo(key);
                break;
            case TagsData:
                key.Add("tags").Add(_views.Tags);
                break;
            case TagData tag:
                key.Add("tag").Add(_views.Tag(tag.Slug));
                AddBriefings(key, tag.Pager, _site.FindTag(tag.Slug)!.Positions);
                break;
            case TimelineData timeline:
                var part = timeline.Part;
                key.Add("timeline");
                AddEvents(key, part.Events);
                key.Add(part.EventCount).Add(part.Periods.Count);
                foreach (var period in part.Periods) key.Add(period.Year).Add(period.Month ?? 0).Add(period.Path).Add(period.Count);
                key.Add(part.Parent);
                if (part.Pager is { } pager) AddPager(key, pager);
                else key.Add(0);
                key.Add(timeline.Filter switch
                {
                    { Facet: TimelineFacet.Tag } f => _views.TimelineTag(f.Slug),
                    { Facet: TimelineFacet.Actor } f => _views.TimelineActor(f.Slug),
                    _ => UInt128.Zero,
                });
                key.Add(_views.TimelineTags).Add(_views.TimelineActors);
                break;
            case GlossaryTermData term:
                key.Add("term").Add(_views.Term(term.Id));
                AddBriefings(key, term.Pager, _site.MentionPositionsOf(term.Id));
                break;
            case GlossaryData:
                key.Add("glossary").Add(_views.Terms);
                break;
            case NotFoundData:
                key.Add("not-found");
                break;
            case SearchData:
                key.Add("search");
                break;
            default:
                throw new InvalidOperationException($"no output key for {data.GetType().Name}: a page kind must say what it shows");
        }
    }

    private static void AddPaths(HashInput key, IReadOnlyList<string> paths)
    {
        key.Add(paths.Count);
        foreach (var path in paths) key.Add(path);
    }

    private static void AddPage(HashInput key, PageView page) =>
        key.Add(page.Kind).Add(page.Path).Add(page.Title).Add(page.Language).Add(page.Description).Add(page.CanonicalUrl);

    /// <summary>A listing page: its pager and the briefings of its slice, given by their places in the site's list (all of it when null).</summary>
    private void AddBriefings(HashInput key, Pager pager, IReadOnlyList<int>? positions)
    {
        AddPager(key, pager);
        key.Add(pager.Length);
        for (var i = pager.Start; i < pager.Start + pager.Length; i++) key.Add(_views.BriefingAt(positions is null ? i : positions[i]));
    }

    /// <summary>The pager as templates get it: the view is small and made from the pager alone.</summary>
    private static void AddPager(HashInput key, Pager pager)
    {
        var view = PaginatorView.Of(pager);
        key.Add(1).Add(view.Number).Add(view.PageCount).Add(view.ItemCount).Add(view.Previous).Add(view.Next).Add(view.First).Add(view.Last);
        key.Add(view.Links.Count);
        foreach (var link in view.Links) key.Add(link.Number).Add(link.Path).Add(link.Current ? 1 : 0).Add(link.Gap ? 1 : 0);
    }

    private void AddEvents(HashInput key, IReadOnlyList<TimelineEvent> events)
    {
        key.Add(events.Count);
        foreach (var e in events) key.Add(_views.Event(e));
    }
}
