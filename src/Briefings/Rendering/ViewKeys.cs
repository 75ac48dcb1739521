using System.Globalization;
using Briefings.Markdown;
using Briefings.Model;
using Briefings.Routing;

namespace Briefings.Rendering;

/// <summary>
/// A hash of each view a page can show (a briefing, an event, a term, a tag, a timeline facet), taken straight
/// from the site model, without making the view: what <see cref="OutputKeys"/> builds a page's hash from, so that
/// a rebuild tells the pages that changed from the rest without making 35,000 views to hash them.
/// </summary>
/// <remarks>
/// Each hash takes in every value that <see cref="Views.ViewFactory"/> reads from the model for that view, and
/// nothing the build-wide hash already holds (the configuration, the theme, the tool): a value a view gains must be
/// added here too, or a page showing it would not be rendered again when it changes. The tests check this against
/// a fingerprint of the views themselves, member by member, after random edits.
/// </remarks>
public sealed class ViewKeys
{
    private readonly Dictionary<Briefing, UInt128> _briefings;
    private readonly UInt128[] _briefingsByPosition;
    private readonly Dictionary<TimelineEvent, UInt128> _events;
    private readonly Dictionary<string, UInt128> _eventsById;
    private readonly Dictionary<string, UInt128> _terms;
    private readonly Dictionary<string, UInt128> _termLinks;
    private readonly Dictionary<string, UInt128> _tags;
    private readonly Dictionary<string, UInt128> _timelineTags;
    private readonly Dictionary<string, UInt128> _timelineActors;

    private ViewKeys(UInt128[] briefingsByPosition, Dictionary<Briefing, UInt128> briefings, Dictionary<TimelineEvent, UInt128> events, Dictionary<string, UInt128> eventsById,
        Dictionary<string, UInt128> terms, Dictionary<string, UInt128> termLinks, Dictionary<string, UInt128> tags,
        Dictionary<string, UInt128> timelineTags, Dictionary<string, UInt128> timelineActors)
    {
        _briefingsByPosition = briefingsByPosition;
        _briefings = briefings;
        _events = events;
        _eventsById = eventsById;
        _terms = terms;
        _termLinks = termLinks;
        _tags = tags;
        _timelineTags = timelineTags;
        _timelineActors = timelineActors;
    }

    /// <summary>Every tag of the list of tags, in order.</summary>
    public required UInt128 Tags { get; init; }

    /// <summary>Every tag of the timeline's list of tags, in order.</summary>
    public required UInt128 TimelineTags { get; init; }

    /// <summary>Every actor of the timeline's list of actors, in order.</summary>
    public required UInt128 TimelineActors { get; init; }

    /// <summary>Every term of the glossary, in order (the glossary page, its letters and its structured data).</summary>
    public required UInt128 Terms { get; init; }

    /// <param name="eventPages">The timeline page of each event, from the plan: an event's anchor.</param>
    public static ViewKeys Of(SiteModel site, ProcessedSite processed, IReadOnlyDictionary<string, string> eventPages)
    {
        var tags = site.Tags.ToDictionary(g => g.Tag.Slug, g => Facet("tag", g.Tag.Name, g.Tag.Slug, g.Briefings.Count), StringComparer.Ordinal);
        var timeline = site.Timeline;
        var timelineTags = timeline.ByTag.ToDictionary(g => g.Tag.Slug, g => Facet("timeline-tag", g.Tag.Name, g.Tag.Slug, g.Events.Count), StringComparer.Ordinal);
        var timelineActors = timeline.ByActor.ToDictionary(g => g.Actor.Slug, g => Facet("actor", g.Actor.Name, g.Actor.Slug, g.Events.Count), StringComparer.Ordinal);

        // In parallel, each thread with its own buffer: 10,000 briefings and twice as many events.
        var briefingKeys = new UInt128[site.Briefings.Count];
        Parallel.For(0, briefingKeys.Length, () => new HashInput(), (i, _, key) =>
        {
            briefingKeys[i] = Briefing(site, site.Briefings[i], tags, key.Reset());
            return key;
        }, _ => { });
        var events = timeline.Events;
        var eventKeys = new UInt128[events.Count];
        Parallel.For(0, eventKeys.Length, () => new HashInput(), (i, _, key) =>
        {
            eventKeys[i] = Event(site, processed, events[i], timelineTags, timelineActors, eventPages, key.Reset());
            return key;
        }, _ => { });

        var briefings = new Dictionary<Briefing, UInt128>(site.Briefings.Count, ByReference<Briefing>.Instance);
        for (var i = 0; i < briefingKeys.Length; i++) briefings.TryAdd(site.Briefings[i], briefingKeys[i]);
        var eventsByEvent = new Dictionary<TimelineEvent, UInt128>(events.Count, ByReference<TimelineEvent>.Instance);
        var eventsById = new Dictionary<string, UInt128>(events.Count, StringComparer.Ordinal);
        for (var i = 0; i < eventKeys.Length; i++)
        {
            eventsByEvent.TryAdd(events[i], eventKeys[i]);
            eventsById.TryAdd(events[i].Id, eventKeys[i]);
        }

        var buffer = new HashInput();
        var glossary = site.Glossary;
        var terms = glossary.Terms.ToDictionary(t => t.Id, t => Term(site, processed, t, buffer.Reset()), StringComparer.Ordinal);
        // A briefing page's link to a term shows its name, where it leads and its short definition (the page's list
        // of definitions); the body's tooltips show that definition too, so an edit to it re-renders the same pages.
        var termLinks = glossary.Terms.ToDictionary(t => t.Id, t => buffer.Reset().Add("term-link").Add(t.Id).Add(t.Term).Add(t.Language).Add(processed.Definitions[t.Id].Short).Hash(), StringComparer.Ordinal);

        return new ViewKeys(briefingKeys, briefings, eventsByEvent, eventsById, terms, termLinks, tags, timelineTags, timelineActors)
        {
            Tags = List(buffer, site.Tags.Select(g => tags[g.Tag.Slug])),
            TimelineTags = List(buffer, timeline.ByTag.Select(g => timelineTags[g.Tag.Slug])),
            TimelineActors = List(buffer, timeline.ByActor.Select(g => timelineActors[g.Actor.Slug])),
            Terms = List(buffer, glossary.Terms.Select(t => terms[t.Id])),
        };
    }

    public UInt128 Briefing(Briefing briefing) => _briefings[briefing];

    /// <summary>The briefing at this place in the site's list: listings look their briefings up by position, no hashing.</summary>
    public UInt128 BriefingAt(int position) => _briefingsByPosition[position];

    public UInt128 Event(TimelineEvent e) => _events.TryGetValue(e, out var key) ? key : _eventsById[e.Id];

    public UInt128 Term(string id) => _terms[id];

    /// <summary>A term as a briefing page links it.</summary>
    public UInt128 TermLink(string id) => _termLinks[id];

    public UInt128 Tag(string slug) => _tags[slug];

    public UInt128 TimelineTag(string slug) => _timelineTags[slug];

    public UInt128 TimelineActor(string slug) => _timelineActors[slug];

    private static UInt128 Facet(string kind, string name, string slug, int count) =>
        new HashInput().Add(kind).Add(name).Add(slug).Add(count).Hash();

    private static UInt128 List(HashInput key, IEnumerable<UInt128> items)
    {
        key.Reset();
        foreach (var item in items) key.Add(item);
        return key.Hash();
    }

    // Paths are left out where they follow from a slug or an id that is in: the router's own settings are the build's.
    private static UInt128 Briefing(SiteModel site, Briefing b, Dictionary<string, UInt128> tags, HashInput key)
    {
        key.Add("briefing").Add(b.Slug).Add(b.Title).Add(b.Date.DayNumber).Add(b.Summary).Add(b.Language);
        key.Add(b.Authors.Count);
        foreach (var author in b.Authors) key.Add(author);
        if (b.Source is { } source) key.Add(1).Add(source.Name).Add(source.Url?.ToString()).Add(source.Published?.DayNumber ?? int.MinValue);
        else key.Add(0);
        key.Add(b.Tags.Count);
        foreach (var tag in b.Tags) key.Add(tags[tag.Slug]);
        key.Add(site.BodyOf(b).Processed.ReadingMinutes);
        AddPlain(key, b.Extra);
        return key.Hash();
    }

    private static UInt128 Event(SiteModel site, ProcessedSite processed, TimelineEvent e, Dictionary<string, UInt128> timelineTags,
        Dictionary<string, UInt128> timelineActors, IReadOnlyDictionary<string, string> eventPages, HashInput key)
    {
        // The EDTF text is the date whole: what the template reads of it (doubt, open ends) and how i18n words it.
        key.Add("event").Add(e.Id).Add(e.Title).Add(e.Date.ToString()).Add(e.Summary is { } summary ? processed.Summaries[summary] : null).Add(e.Place);
        key.Add(e.Actors.Count);
        foreach (var actor in e.Actors) key.Add(timelineActors[actor.Slug]);
        key.Add(e.Tags.Count);
        foreach (var tag in e.Tags) key.Add(timelineTags[tag.Slug]);
        AddSources(key, e.Sources);
        key.Add(e.Briefings.Count);
        foreach (var reference in e.Briefings)
        {
            var briefing = site.FindBriefing(reference.Slug)!;
            key.Add(briefing.Slug).Add(briefing.Title).Add(briefing.Language);
        }
        key.Add(eventPages[e.Id]);
        return key.Hash();
    }

    private static UInt128 Term(SiteModel site, ProcessedSite processed, GlossaryTerm t, HashInput key)
    {
        var definition = processed.Definitions[t.Id];
        key.Add("term").Add(t.Id).Add(t.Term).Add(t.Abbreviation).Add(t.Language).Add(definition.Html).Add(definition.Short);
        key.Add(t.Aliases.Count);
        foreach (var alias in t.Aliases) key.Add(alias);
        key.Add(t.SeeAlso.Count);
        foreach (var reference in t.SeeAlso)
        {
            var other = site.Glossary.Find(reference.Slug)!;
            key.Add(other.Id).Add(other.Term).Add(other.Language);
        }
        AddSources(key, t.Sources);
        key.Add(site.MentionsOf(t.Id).Count);
        return key.Hash();
    }

    private static void AddSources(HashInput key, IReadOnlyList<SourceLink> sources)
    {
        key.Add(sources.Count);
        foreach (var source in sources) key.Add(source.Name).Add(source.Url?.ToString());
    }

    /// <summary>An <c>extra:</c> value as YAML gives it: plain values, lists and maps (in the order written, as templates see them).</summary>
    private static void AddPlain(HashInput key, object? value)
    {
        switch (value)
        {
            case null: key.Add(0); break;
            case string text: key.Add(1).Add(text); break;
            case bool flag: key.Add(flag ? 2 : 3); break;
            case long number: key.Add(4).Add(number); break;
            case double number: key.Add(5).Add(BitConverter.DoubleToInt64Bits(number)); break;
            case IReadOnlyDictionary<string, object?> map:
                key.Add(6).Add(map.Count);
                foreach (var (name, item) in map)
                {
                    key.Add(name);
                    AddPlain(key, item);
                }
                break;
            case IReadOnlyList<object?> list:
                key.Add(7).Add(list.Count);
                foreach (var item in list) AddPlain(key, item);
                break;
            // Not a kind YAML gives today; its text and type still tell one value from another.
            default: key.Add(8).Add(value.GetType().FullName).Add(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }
}
