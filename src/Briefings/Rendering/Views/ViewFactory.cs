using System.Collections.Concurrent;
using Briefings.Localization;
using Briefings.Markdown;
using Briefings.Markdown.Extensions.FrenchTypography;
using Briefings.Model;
using Briefings.Planning;
using Briefings.Rendering.Templates;
using Briefings.Routing;
using Briefings.Text;

namespace Briefings.Rendering.Views;

/// <summary>
/// The read-only views templates get, made from the site model and shared by every page. A briefing's or an
/// event's view is made when a page first asks for it, once: a rebuild that renders a handful of pages makes a
/// handful of views, not 30,000 (<see cref="ViewKeys"/> tells which pages changed without any).
/// </summary>
public sealed class ViewFactory
{
    private readonly SiteModel _site;
    private readonly Router _router;
    private readonly ProcessedSite _processed;
    private readonly IReadOnlyDictionary<string, string> _eventPages;
    private readonly Dictionary<string, TagView> _tags;
    // By reference: looking a record up by value would hash all its fields, and by id would hash the id, on every page.
    private readonly ConcurrentDictionary<Briefing, BriefingView> _briefings = new(ByReference<Briefing>.Instance);
    private readonly ConcurrentDictionary<TimelineEvent, EventView> _events = new(ByReference<TimelineEvent>.Instance);
    private readonly Dictionary<string, GlossaryTermView> _terms;
    private readonly Dictionary<string, FacetView> _timelineTags;
    private readonly Dictionary<string, FacetView> _timelineActors;
    private readonly Lazy<Dictionary<string, TermLinkView>> _termLinksFromBriefings;

    private ViewFactory(SiteModel site, Router router, ProcessedSite processed, IReadOnlyDictionary<string, string> eventPages,
        Dictionary<string, TagView> tags, Dictionary<string, GlossaryTermView> terms,
        Dictionary<string, FacetView> timelineTags, Dictionary<string, FacetView> timelineActors)
    {
        _site = site;
        _router = router;
        _processed = processed;
        _eventPages = eventPages;
        _tags = tags;
        _terms = terms;
        _timelineTags = timelineTags;
        _timelineActors = timelineActors;
        _termLinksFromBriefings = new Lazy<Dictionary<string, TermLinkView>>(TermLinksFromBriefings);
    }

    /// <param name="eventPages">The timeline page of each event, from the plan.</param>
    public static ViewFactory Create(SiteModel site, Router router, ProcessedSite processed, IReadOnlyDictionary<string, string> eventPages)
    {
        var config = site.Config;
        // Text the site's people wrote is typeset in its own language (titles, summaries, places, names of terms), once per view.
        string? Typeset(string? text, string? language) => FrenchTypography.Text(text, language ?? config.Language, config.Typography);
        var tags = site.Tags.ToDictionary(g => g.Tag.Slug, g => new TagView(g.Tag.Name, g.Tag.Slug, router.Tag(g.Tag.Slug), g.Briefings.Count), StringComparer.Ordinal);
        var timeline = site.Timeline;
        var timelineTags = timeline.ByTag.ToDictionary(g => g.Tag.Slug, g => new FacetView(g.Tag.Name, g.Tag.Slug, router.TimelineTag(g.Tag.Slug), g.Events.Count), StringComparer.Ordinal);
        var timelineActors = timeline.ByActor.ToDictionary(g => g.Actor.Slug, g => new FacetView(g.Actor.Name, g.Actor.Slug, router.TimelineActor(g.Actor.Slug), g.Events.Count), StringComparer.Ordinal);

        var glossary = site.Glossary;
        var terms = glossary.Terms.ToDictionary(t => t.Id, t =>
        {
            var definition = processed.Definitions[t.Id];
            return new GlossaryTermView(
                t.Id,
                Typeset(t.Term, t.Language)!,
                t.Abbreviation,
                t.Aliases,
                t.Language,
                new RawHtml(definition.Html),
                definition.Short,
                t.SeeAlso.Select(r => glossary.Find(r.Slug)!).Select(s => new TermLinkView(s.Id, Typeset(s.Term, s.Language)!, router.GlossaryTerm(s.Id), Language: s.Language ?? config.Language)).ToArray(),
                t.Sources.Select(s => new SourceLinkView(s.Name, s.Url?.ToString())).ToArray(),
                site.MentionsOf(t.Id).Count,
                router.GlossaryTerm(t.Id));
        }, StringComparer.Ordinal);

        return new ViewFactory(site, router, processed, eventPages, tags, terms, timelineTags, timelineActors)
        {
            Site = new SiteView(Typeset(config.Title, null)!, Typeset(config.Description, null), config.Language, config.Author, Typeset(config.Copyright, null),
                config.BaseUrl?.ToString(), TemplateValues.Map(config.Extra)) { Search = config.Search },
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
        return _terms.Values.ToDictionary(t => t.Id, t => new TermLinkView(t.Id, t.Term, t.Path, Router.Relative(page, t.Path), t.Language ?? _site.Config.Language, t.ShortDefinition), StringComparer.Ordinal);
    }

    public BriefingView Briefing(Briefing briefing) => _briefings.GetOrAdd(briefing, static (b, self) => self.MakeBriefing(b), this);

    public BriefingView Briefing(string slug) => Briefing(_site.FindBriefing(slug)!);

    public EventView Event(TimelineEvent e) => _events.GetOrAdd(e, static (e, self) => self.MakeEvent(e), this);

    /// <summary>The years or months a timeline landing page leads to, worded in the site's language.</summary>
    public IReadOnlyList<TimelinePeriodView> Periods(IEnumerable<Planning.TimelinePeriod> periods) =>
        periods.Select(p => new TimelinePeriodView(
            Timeline.EdtfWording.Period(p.Year, p.Month, _site.Config.Language),
            p.Path, p.Count)).ToList();

    public GlossaryTermView Term(string id) => _terms[id];

    public FacetView TimelineTag(string slug) => _timelineTags[slug];

    public FacetView TimelineActor(string slug) => _timelineActors[slug];

    public TagView Tag(string slug) => _tags[slug];

    public IReadOnlyList<BriefingView> Briefings(IEnumerable<Briefing> briefings) => briefings.Select(Briefing).ToList();

    public IReadOnlyList<EventView> Events(IEnumerable<TimelineEvent> events) => events.Select(Event).ToList();

    /// <summary>Events by year and month, with month names in the site's language.</summary>
    public IReadOnlyList<TimelineYearView> Years(IEnumerable<TimelineEvent> events) =>
        TimelineGrouping.ByYearAndMonth(Events(events), _site.Config.Language);

    /// <summary>A text of the site in <paramref name="language"/> (the site's when null), typeset when French and typography is on.</summary>
    private string? Typeset(string? text, string? language) => FrenchTypography.Text(text, language ?? _site.Config.Language, _site.Config.Typography);

    // Each value read from the model here is hashed by ViewKeys, or a page showing it would not be rendered again when it changes.
    private BriefingView MakeBriefing(Briefing b)
    {
        var source = b.Source is { } s
            ? new SourceView(s.Name, s.Url?.ToString(), s.Published, s.Published is { } p ? DateWording.Iso(p) : null)
            : null;
        return new BriefingView(b.Slug, _router.Briefing(b.Slug), Typeset(b.Title, b.Language)!, b.Date, DateWording.Iso(b.Date), Typeset(b.Summary, b.Language),
            b.Language, b.Authors, source, b.Tags.Select(t => _tags[t.Slug]).ToArray(), _site.BodyOf(b).Processed.ReadingMinutes, TemplateValues.Map(b.Extra));
    }

    // Arrays, not lists, for what views hold all build long: no list object and no spare capacity per event, and
    // the empty ones (most events have no source) are one shared array.
    private EventView MakeEvent(TimelineEvent e) => new(
        e.Id,
        Typeset(e.Title, null)!,
        new EventDateView(e.Date),
        e.Summary is { } summary ? new RawHtml(_processed.Summaries[summary]) : null,
        Typeset(e.Place, null),
        e.Actors.Select(a => _timelineActors[a.Slug]).ToArray(),
        e.Tags.Select(t => _timelineTags[t.Slug]).ToArray(),
        e.Sources.Select(s => new SourceLinkView(s.Name, s.Url?.ToString())).ToArray(),
        e.Briefings.Select(r => _site.FindBriefing(r.Slug)!).Select(b => new BriefingLinkView(Typeset(b.Title, b.Language)!, _router.Briefing(b.Slug), b.Language)).ToArray(),
        Router.Event(_eventPages[e.Id], e.Id));
}
