using Briefings.Localization;

namespace Briefings.Model;

/// <summary>Every published event in timeline order; the same events by briefing, tag and actor are derived on first use.</summary>
/// <param name="Language">The site's language, whose alphabetical order sorts tags and actors.</param>
public sealed record SiteTimeline(IReadOnlyList<TimelineEvent> Events, string Language)
{
    private TimelineIndexes? _indexes;

    private SiteTimeline(SiteTimeline original)
    {
        Events = original.Events;
        Language = original.Language;
    }

    public static SiteTimeline Empty { get; } = new([], "en");

    private TimelineIndexes Indexes => LazyInitializer.EnsureInitialized(ref _indexes, () => TimelineIndexes.Of(Events, Cultures.Collation(Language)));

    public IReadOnlyList<(Tag Tag, IReadOnlyList<TimelineEvent> Events)> ByTag => Indexes.ByTag;

    public IReadOnlyList<(Actor Actor, IReadOnlyList<TimelineEvent> Events)> ByActor => Indexes.ByActor;

    public IReadOnlyList<TimelineEvent> EventsWithTag(string slug) => Indexes.ByTagSlug.GetValueOrDefault(slug) ?? [];

    public IReadOnlyList<TimelineEvent> EventsWithActor(string slug) => Indexes.ByActorSlug.GetValueOrDefault(slug) ?? [];

    public IReadOnlyList<TimelineEvent> EventsFor(string briefingSlug) => Indexes.ByBriefing.GetValueOrDefault(briefingSlug) ?? [];
}
