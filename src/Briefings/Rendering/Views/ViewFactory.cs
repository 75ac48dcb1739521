using Briefings.Localization;
using Briefings.Markdown;
using Briefings.Model;
using Briefings.Output;
using Briefings.Text;

namespace Briefings.Rendering.Views;

/// <summary>Builds the read-only views templates get from the site model, once per build.</summary>
public sealed class ViewFactory
{
    private readonly SiteModel _site;
    private readonly Dictionary<string, BriefingView> _briefings;
    private readonly Dictionary<string, TagView> _tags;
    private readonly Dictionary<string, EventView> _events;
    private readonly Dictionary<string, GlossaryTermView> _terms;
    private readonly IReadOnlyDictionary<string, RenderedBody> _bodies;
    private readonly Dictionary<string, FacetView> _timelineTags;
    private readonly Dictionary<string, FacetView> _timelineActors;

    /// <param name="markdown">Renders the Markdown of event summaries and definitions to HTML.</param>
    /// <param name="bodies">The rendered bodies, by briefing slug: which terms each mentions.</param>
    /// <param name="shortDefinitions">The plain-text short definition of each term, by id.</param>
    /// <param name="definitions">Each term's definition as HTML, by id.</param>
    public ViewFactory(SiteModel site, Func<string, string> markdown, IReadOnlyDictionary<string, RenderedBody> bodies,
        IReadOnlyDictionary<string, string> definitions, IReadOnlyDictionary<string, string> shortDefinitions)
    {
        _bodies = bodies;
        _site = site;
        var config = site.Config;
        Site = new SiteView(config.Title, config.Description, config.Language, config.Author, config.Copyright,
            config.BaseUrl?.ToString(), config.Extra);
        _tags = site.Tags.ToDictionary(
            g => g.Tag.Slug,
            g => new TagView(g.Tag.Name, g.Tag.Slug, SitePaths.Tag(g.Tag.Slug), g.Briefings.Count),
            StringComparer.Ordinal);
        _briefings = site.Briefings.ToDictionary(b => b.Slug, Create, StringComparer.Ordinal);
        Tags = site.Tags.Select(g => _tags[g.Tag.Slug]).ToList();

        var timeline = site.Timeline;
        TimelineTags = timeline.ByTag.Select(g => new FacetView(g.Tag.Name, g.Tag.Slug, SitePaths.TimelineTag(g.Tag.Slug), g.Events.Count)).ToList();
        TimelineActors = timeline.ByActor.Select(g => new FacetView(g.Actor.Name, g.Actor.Slug, SitePaths.TimelineActor(g.Actor.Slug), g.Events.Count)).ToList();
        var tagFacets = _timelineTags = TimelineTags.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        var actorFacets = _timelineActors = TimelineActors.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        _events = timeline.Events.ToDictionary(e => e.Id, e => new EventView(
            e.Id,
            e.Title,
            e.Date,
            e.Summary is { } summary ? new RawHtml(markdown(summary)) : null,
            e.Place,
            e.Actors.Select(a => actorFacets[a.Slug]).ToList(),
            e.Tags.Select(t => tagFacets[t.Slug]).ToList(),
            e.Sources.Select(s => new SourceLinkView(s.Name, s.Url?.ToString())).ToList(),
            e.Briefings.Select(r => _briefings[r.Slug]).Select(b => new BriefingLinkView(b.Title, b.Path, b.Language)).ToList(),
            SitePaths.Event(e.Id)), StringComparer.Ordinal);

        var citing = site.Briefings
            .SelectMany(b => Mentions(b).Select(id => (Id: id, Briefing: b)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Briefing).ToList(), StringComparer.Ordinal);
        var glossary = site.Glossary;
        _terms = glossary.Terms.ToDictionary(t => t.Id, t => new GlossaryTermView(
            t.Id,
            t.Term,
            t.Abbreviation,
            t.Aliases,
            t.Language,
            new RawHtml(definitions[t.Id]),
            shortDefinitions[t.Id],
            t.SeeAlso.Select(r => glossary.Find(r.Slug)!).Select(s => new TermLinkView(s.Id, s.Term, SitePaths.GlossaryTerm(s.Id))).ToList(),
            t.Sources.Select(s => new SourceLinkView(s.Name, s.Url?.ToString())).ToList(),
            (citing.GetValueOrDefault(t.Id) ?? []).Take(GlossaryTermView.ListedBriefings)
                .Select(b => _briefings[b.Slug])
                .Select(b => new BriefingLinkView(b.Title, b.Path, b.Language, SitePaths.Relative(SitePaths.Glossary, b.Path),
                    b.Language == config.Language ? null : b.Language)).ToList(),
            citing.GetValueOrDefault(t.Id)?.Count ?? 0,
            SitePaths.GlossaryTerm(t.Id)), StringComparer.Ordinal);
        GlossaryTerms = glossary.Terms.Select(t => _terms[t.Id]).ToList();
        GlossaryLetters = Views.GlossaryLetters.Group(GlossaryTerms);
    }

    public IReadOnlyList<GlossaryTermView> GlossaryTerms { get; }

    public IReadOnlyList<GlossaryLetterView> GlossaryLetters { get; }

    /// <summary>The glossary terms a briefing mentions, in order of first mention.</summary>
    /// <remarks>Each carries its URL relative to the briefing's page: one list per page, so no template call per link.</remarks>
    public IReadOnlyList<TermLinkView> TermsMentionedBy(Briefing briefing)
    {
        var page = SitePaths.Briefing(briefing.Slug);
        return Mentions(briefing).Select(id => _terms[id]).Select(t => new TermLinkView(t.Id, t.Term, t.Path, SitePaths.Relative(page, t.Path))).ToList();
    }

    private IReadOnlyList<string> Mentions(Briefing briefing) => _bodies.GetValueOrDefault(briefing.Slug)?.Terms ?? [];

    public SiteView Site { get; }

    public IReadOnlyList<TagView> Tags { get; }

    public IReadOnlyList<FacetView> TimelineTags { get; }

    public IReadOnlyList<FacetView> TimelineActors { get; }

    public BriefingView Briefing(Briefing briefing) => _briefings[briefing.Slug];

    public FacetView TimelineTag(Tag tag) => _timelineTags[tag.Slug];

    public FacetView TimelineActor(Actor actor) => _timelineActors[actor.Slug];

    public TagView Tag(Tag tag) => _tags[tag.Slug];

    public IReadOnlyList<BriefingView> Briefings(IEnumerable<Briefing> briefings) => briefings.Select(Briefing).ToList();

    public IReadOnlyList<EventView> Events(IEnumerable<TimelineEvent> events) => events.Select(e => _events[e.Id]).ToList();

    /// <summary>Events by year and month, with month names in the site's language.</summary>
    public IReadOnlyList<TimelineYearView> Years(IEnumerable<TimelineEvent> events) =>
        TimelineGrouping.ByYearAndMonth(Events(events), _site.Config.Language);

    private BriefingView Create(Briefing b)
    {
        var source = b.Source is { } s
            ? new SourceView(s.Name, s.Url?.ToString(), s.Published, s.Published is { } p ? DateWording.Iso(p) : null)
            : null;
        return new BriefingView(b.Slug, SitePaths.Briefing(b.Slug), b.Title, b.Date, DateWording.Iso(b.Date), b.Summary,
            b.Language, b.Authors, source, b.Tags.Select(t => _tags[t.Slug]).ToList(), ReadingTime.Minutes(b.Body.Text), b.Extra);
    }
}
