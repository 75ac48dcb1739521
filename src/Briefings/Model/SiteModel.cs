using Briefings.Configuration;

namespace Briefings.Model;

/// <summary>
/// The assembled site: every published briefing (newest first) with its body, the timeline and the
/// glossary. Every index (by slug, tags, mentions, backlinks) is derived from these on first use and
/// never stored by a copy: <c>site with { Briefings = … }</c> starts with fresh indexes.
/// </summary>
public sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyList<Briefing> Briefings,
    IReadOnlyDictionary<string, AssembledBody> Bodies,
    SiteTimeline Timeline,
    SiteGlossary Glossary)
{
    private SiteIndexes? _indexes;

    private SiteModel(SiteModel original)
    {
        Config = original.Config;
        Briefings = original.Briefings;
        Bodies = original.Bodies;
        Timeline = original.Timeline;
        Glossary = original.Glossary;
    }

    private SiteIndexes Indexes => LazyInitializer.EnsureInitialized(ref _indexes, () => SiteIndexes.Of(this));

    /// <summary>Tags in the site language's alphabetical order, each with its briefings newest first.</summary>
    public IReadOnlyList<TagGroup> Tags => Indexes.Tags;

    public TagGroup? FindTag(string slug) => Indexes.TagsBySlug.GetValueOrDefault(slug);

    public Briefing? FindBriefing(string slug) => Indexes.BySlug.GetValueOrDefault(slug);

    /// <summary>The body of a published briefing, by slug.</summary>
    public AssembledBody BodyOf(Briefing briefing) => Bodies[briefing.Slug];

    /// <summary>The briefings that mention a glossary term, newest first.</summary>
    public IReadOnlyList<Briefing> MentionsOf(string termId) => Indexes.Mentions.GetValueOrDefault(termId) ?? [];

    /// <summary>Where each briefing of <see cref="MentionsOf"/> is in <see cref="Briefings"/>.</summary>
    public IReadOnlyList<int> MentionPositionsOf(string termId) => Indexes.MentionPositions.GetValueOrDefault(termId) ?? [];

    /// <summary>The briefings whose bodies link to this one, newest first.</summary>
    public IReadOnlyList<Briefing> LinksTo(string slug) => Indexes.Backlinks.GetValueOrDefault(slug) ?? [];
}
