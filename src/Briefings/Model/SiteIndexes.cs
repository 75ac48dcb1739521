using Briefings.Localization;

namespace Briefings.Model;

/// <summary>Lookups derived from a <see cref="SiteModel"/>, made once per model on first use.</summary>
internal sealed record SiteIndexes(
    IReadOnlyDictionary<string, Briefing> BySlug,
    IReadOnlyList<TagGroup> Tags,
    IReadOnlyDictionary<string, TagGroup> TagsBySlug,
    IReadOnlyDictionary<string, IReadOnlyList<Briefing>> Mentions,
    IReadOnlyDictionary<string, IReadOnlyList<int>> MentionPositions,
    IReadOnlyDictionary<string, IReadOnlyList<Briefing>> Backlinks)
{
    public static SiteIndexes Of(SiteModel site)
    {
        var bySlug = new Dictionary<string, Briefing>(site.Briefings.Count, StringComparer.Ordinal);
        var tags = new Dictionary<string, (Tag Tag, List<Briefing> Briefings, List<int> Positions)>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, List<Briefing>>(StringComparer.Ordinal);
        var mentionPositions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var backlinks = new Dictionary<string, List<Briefing>>(StringComparer.Ordinal);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        // One pass, in the briefings' order (newest first), so every list keeps that order; dictionaries of lists
        // rather than GroupBy, which buffers every pair and copies each group again (a third of this method's time).
        for (var position = 0; position < site.Briefings.Count; position++)
        {
            var b = site.Briefings[position];
            bySlug.Add(b.Slug, b);
            foreach (var tag in b.Tags)
            {
                if (!tags.TryGetValue(tag.Slug, out var group)) tags[tag.Slug] = group = (tag, [], []);
                group.Briefings.Add(b);
                group.Positions.Add(position);
            }
            var body = site.BodyOf(b);
            foreach (var id in body.Processed.Terms)
            {
                ListOf(mentions, id).Add(b);
                ListOf(mentionPositions, id).Add(position);
            }
            linked.Clear();
            foreach (var target in body.Targets)
            {
                if (target is not null && linked.Add(target.Slug)) ListOf(backlinks, target.Slug).Add(b);
            }
        }
        var groups = tags.Values.Select(g => new TagGroup(g.Tag, g.Briefings, g.Positions))
            .OrderBy(g => g.Tag.Name, Cultures.Collation(site.Config.Language))
            .ToList();
        return new SiteIndexes(bySlug, groups, groups.ToDictionary(g => g.Tag.Slug, StringComparer.Ordinal), ReadOnly(mentions), ReadOnly(mentionPositions), ReadOnly(backlinks));
    }

    private static List<T> ListOf<T>(Dictionary<string, List<T>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        return list;
    }

    private static Dictionary<string, IReadOnlyList<T>> ReadOnly<T>(Dictionary<string, List<T>> lists)
    {
        var result = new Dictionary<string, IReadOnlyList<T>>(lists.Count, StringComparer.Ordinal);
        foreach (var (key, list) in lists) result.Add(key, list);
        return result;
    }
}
