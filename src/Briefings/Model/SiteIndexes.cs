using Briefings.Localization;

namespace Briefings.Model;

/// <summary>Lookups derived from a <see cref="SiteModel"/>, made once per model on first use.</summary>
internal sealed record SiteIndexes(
    IReadOnlyDictionary<string, Briefing> BySlug,
    IReadOnlyList<TagGroup> Tags,
    IReadOnlyDictionary<string, TagGroup> TagsBySlug,
    IReadOnlyDictionary<string, IReadOnlyList<Briefing>> Mentions,
    IReadOnlyDictionary<string, IReadOnlyList<Briefing>> Backlinks)
{
    public static SiteIndexes Of(SiteModel site)
    {
        var bySlug = site.Briefings.ToDictionary(b => b.Slug, StringComparer.Ordinal);
        var tags = site.Briefings
            .SelectMany(b => b.Tags.Select(t => (Tag: t, Briefing: b)))
            .GroupBy(x => x.Tag.Slug, StringComparer.Ordinal)
            .Select(g => new TagGroup(g.First().Tag, g.Select(x => x.Briefing).ToList()))
            .OrderBy(g => g.Tag.Name, Cultures.Collation(site.Config.Language))
            .ToList();
        var mentions = Group(site.Briefings.SelectMany(b => site.BodyOf(b).Processed.Terms.Select(id => (id, b))));
        var backlinks = Group(site.Briefings.SelectMany(b => site.BodyOf(b).Targets.OfType<Briefing>().DistinctBy(t => t.Slug).Select(t => (t.Slug, b))));
        return new SiteIndexes(bySlug, tags, tags.ToDictionary(g => g.Tag.Slug, StringComparer.Ordinal), mentions, backlinks);
    }

    /// <summary>Pairs grouped by key, keeping the briefings' order (newest first).</summary>
    private static Dictionary<string, IReadOnlyList<Briefing>> Group(IEnumerable<(string Key, Briefing Briefing)> pairs) =>
        pairs.GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Briefing>)g.Select(p => p.Briefing).ToList(), StringComparer.Ordinal);
}
