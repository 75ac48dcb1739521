using Briefings.Localization;
using Briefings.Markdown;
using Briefings.Model;
using Briefings.Planning;
using Briefings.Rendering.Templates;
using Briefings.Routing;
using Briefings.Text;

namespace Briefings.Rendering.Views;

/// <summary>The read-only views templates get, made from the site model once per build and shared by every page.</summary>
public sealed class ViewFactory
{
    private readonly SiteModel _site;
    private readonly Router _router;
    private readonly Dictionary<string, BriefingView> _briefings;
    private readonly Dictionary<string, TagView> _tags;
    private readonly Dictionary<string, EventView> _events;
    // By reference: looking a record up by value would hash all its fields, and by id would hash the id, on every page.
    private readonly Dictionary<TimelineEvent, EventView> _eventsByEvent;
    private readonly Dictionary<Briefing, BriefingView> _briefingsByBriefing;
    private readonly Dictionary<string, GlossaryTermView> _terms;
    private readonly Dictionary<string, FacetView> _timelineTags;
    private readonly Dictionary<string, FacetView> _timelineActors;
    private readonly Lazy<Dictionary<string, TermLinkView>> _termLinksFromBriefings;

    private ViewFactory(SiteModel site, Router router, Dictionary<string, BriefingView> briefings, Dictionary<string, TagView> tags,
        Dictionary<string, EventView> events, Dictionary<string, GlossaryTermView> terms,
        Dictionary<string, FacetView> timelineTags, Dictionary<string, FacetView> timelineActors,
        Dictionary<TimelineEvent, EventView> eventsByEvent, Dictionary<Briefing, BriefingView> briefingsByBriefing)
    {
        _site = site;
        _router = router;
        _briefings = briefings;
        _tags = tags;
        _events = events;
        _eventsByEvent = eventsByEvent;
        _briefingsByBriefing = briefingsByBriefing;
        _terms = terms;
        _timelineTags = timelineTags;
        _timelineActors = timelineActors;
        _termLinksFromBriefings = new Lazy<Dictionary<string, TermLinkView>>(TermLinksFromBriefings);
    }

    /// <param name="eventPages">The timeline page of each event, from the plan.</param>
    public static ViewFactory Create(SiteModel site, Router router, ProcessedSite processed, IReadOnlyDictionary<string, string> eventPages)
    {
        var config = site.Config;
        var tags = site.Tags.ToDictionary(g => g.Tag.Slug, g => new TagView(g.Tag.Name, g.Tag.Slug, router.Tag(g.Tag.Slug), g.Briefings.Count), StringComparer.Ordinal);
        // In parallel: each view counts its body's words for the reading time, the bulk of this method's work.
        var briefings = new Dictionary<string, BriefingView>(
            site.Briefings.AsParallel().AsOrdered().Select(b => KeyValuePair.Create(b.Slug, Briefing(site, b, router, tags))).ToList(),
            StringComparer.Ordinal);
        var timeline = site.Timeline;
        var timelineTags = timeline.ByTag.ToDictionary(g => g.Tag.Slug, g => new FacetView(g.Tag.Name, g.Tag.Slug, router.TimelineTag(g.Tag.Slug), g.Events.Count), StringComparer.Ordinal);
        var timelineActors = timeline.ByActor.ToDictionary(g => g.Actor.Slug, g => new FacetView(g.Actor.Name, g.Actor.Slug, router.TimelineActor(g.Actor.Slug), g.Events.Count), StringComparer.Ordinal);
        // In parallel too: twice as many events as briefings, each with its lists of actors, tags, sources and briefings.
        // Arrays, not lists, for what views hold all build long: no list object and no spare capacity per event, and
        // the empty ones (most events have no source) are one shared array.
        var events = new Dictionary<string, EventView>(timeline.Events.AsParallel().AsOrdered().Select(e => KeyValuePair.Create(e.Id, new EventView(
            e.Id,
            e.Title,
            new EventDateView(e.Date),
            e.Summary is { } summary ? new RawHtml(processed.Summaries[summary]) : null,
            e.Place,
            e.Actors.Select(a => timelineActors[a.Slug]).ToArray(),
            e.Tags.Select(t => timelineTags[t.Slug]).ToArray(),
            e.Sources.Select(s => new SourceLinkView(s.Name, s.Url?.ToString())).ToArray(),
            e.Briefings.Select(r => briefings[r.Slug]).Select(b => new BriefingLinkView(b.Title, b.Path, b.Language)).ToArray(),
            Router.Event(eventPages[e.Id], e.Id)))).ToList(), StringComparer.Ordinal);

        var glossary = site.Glossary;
        var terms = glossary.Terms.ToDictionary(t => t.Id, t =>
        {
            var definition = processed.Definitions[t.Id];
            return new GlossaryTermView(
                t.Id,
                t.Term,
                t.Abbreviation,
                t.Aliases,
                t.Language,
                new RawHtml(definition.Html),
                definition.Short,
                t.SeeAlso.Select(r => glossary.Find(r.Slug)!).Select(s => new TermLinkView(s.Id, s.Term, router.GlossaryTerm(s.Id))).ToArray(),
                t.Sources.Select(s => new SourceLinkView(s.Name, s.Url?.ToString())).ToArray(),
                site.MentionsOf(t.Id).Count,
                router.GlossaryTerm(t.Id));
        }, StringComparer.Ordinal);

        var eventsByEvent = new Dictionary<TimelineEvent, EventView>(ReferenceEqualityComparer.Instance);
        foreach (var e in timeline.Events) eventsByEvent.TryAdd(e, events[e.Id]);
        var briefingsByBriefing = new Dictionary<Briefing, BriefingView>(ReferenceEqualityComparer.Instance);
        foreach (var b in site.Briefings) briefingsByBriefing.TryAdd(b, briefings[b.Slug]);

        return new ViewFactory(site, router, briefings, tags, events, terms, timelineTags, timelineActors, eventsByEvent, briefingsByBriefing)
        {
            Site = new SiteView(config.Title, config.Description, config.Language, config.Author, config.Copyright,
                config.BaseUrl?.ToString(), TemplateValues.Map(config.Extra)),
            Tags = site.Tags.Select(g => tags[g.Tag.Slug]).ToList(),
            TimelineTags = timeline.ByTag.Select(g => timelineTags[g.Tag.Slug]).ToList(),
            TimelineActors = timeline.ByActor.Select(g => timelineActors[g.Actor.Slug]).ToList(),
            GlossaryTerms = glossary.Terms.Select(t => terms[t.Id]).ToList(),
        };
    }

    public required SiteView Site { get; init; }

    public required IReadOnlyList<TagView> Tags { get; init; }

    public required IReadOnlyList<FacetView> TimelineTags { get; init; }

    public required IReadOnlyList<FacetView> TimelineActors { get; init; }

    public required IReadOnlyList<GlossaryTermView> GlossaryTerms { get; init; }

    /// <summary>The views made per briefing, event and term: what most pages show.</summary>
    public IReadOnlyList<SharedView> SharedViews => [.. _briefingsByBriefing.Values, .. _eventsByEvent.Values, .. _terms.Values];

    /// <summary>The lists every page of a kind gets whole, for the output fingerprint to hash once.</summary>
    public IEnumerable<System.Collections.IList> SharedLists =>
        new object[] { Tags, TimelineTags, TimelineActors, GlossaryTerms }.OfType<System.Collections.IList>();

    public IReadOnlyList<GlossaryLetterView> GlossaryLetters => Views.GlossaryLetters.Group(GlossaryTerms);

    /// <summary>The glossary terms a briefing mentions, in order of first mention.</summary>
    /// <remarks>Each carries its URL relative to the briefing's page: one list per page, so no template call per link.</remarks>
    public IReadOnlyList<TermLinkView> TermsMentionedBy(Briefing briefing)
    {
        var links = _termLinksFromBriefings.Value;
        return _site.BodyOf(briefing).Processed.Terms.Select(id => links[id]).ToList();
    }

    /// <summary>
    /// Each term's link as a briefing page shows it, made once: every briefing page is one folder deep under
    /// <c>briefings/</c> and no term page is there, so the relative URL is the same from all of them (the golden
    /// and link-check tests would see it otherwise), and 10,000 pages share 500 views instead of making 140,000.
    /// </summary>
    private Dictionary<string, TermLinkView> TermLinksFromBriefings()
    {
        var page = _router.Briefing("any");
        return _terms.Values.ToDictionary(t => t.Id, t => new TermLinkView(t.Id, t.Term, t.Path, Router.Relative(page, t.Path)), StringComparer.Ordinal);
    }

    public BriefingView Briefing(Briefing briefing) => _briefingsByBriefing.TryGetValue(briefing, out var view) ? view : _briefings[briefing.Slug];

    public BriefingView Briefing(string slug) => _briefings[slug];

    /// <summary>The years or months a timeline landing page leads to, worded in the site's language.</summary>
    public IReadOnlyList<TimelinePeriodView> Periods(IEnumerable<Planning.TimelinePeriod> periods) =>
        periods.Select(p => new TimelinePeriodView(
            p.Month is { } month ? DateWording.Month(p.Year, month, _site.Config.Language) : p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.Path, p.Count)).ToList();

    public GlossaryTermView Term(string id) => _terms[id];

    public FacetView TimelineTag(string slug) => _timelineTags[slug];

    public FacetView TimelineActor(string slug) => _timelineActors[slug];

    public TagView Tag(string slug) => _tags[slug];

    public IReadOnlyList<BriefingView> Briefings(IEnumerable<Briefing> briefings) => briefings.Select(Briefing).ToList();

    public IReadOnlyList<EventView> Events(IEnumerable<TimelineEvent> events) =>
        events.Select(e => _eventsByEvent.TryGetValue(e, out var view) ? view : _events[e.Id]).ToList();

    /// <summary>Events by year and month, with month names in the site's language.</summary>
    public IReadOnlyList<TimelineYearView> Years(IEnumerable<TimelineEvent> events) =>
        TimelineGrouping.ByYearAndMonth(Events(events), _site.Config.Language);

    private static BriefingView Briefing(SiteModel site, Briefing b, Router router, Dictionary<string, TagView> tags)
    {
        var source = b.Source is { } s
            ? new SourceView(s.Name, s.Url?.ToString(), s.Published, s.Published is { } p ? DateWording.Iso(p) : null)
            : null;
        return new BriefingView(b.Slug, router.Briefing(b.Slug), b.Title, b.Date, DateWording.Iso(b.Date), b.Summary,
            b.Language, b.Authors, source, b.Tags.Select(t => tags[t.Slug]).ToArray(), site.BodyOf(b).Processed.ReadingMinutes, TemplateValues.Map(b.Extra));
    }
}
