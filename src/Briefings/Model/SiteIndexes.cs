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
        var bySlug = new Dictionary<string, Briefing>(site.Briefings.Count, StringComparer.Ordinal);
        var tags = new Dictionary<string, (Tag Tag, List<Briefing> Briefings)>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, List<Briefing>>(StringComparer.Ordinal);
        var backlinks = new Dictionary<string, List<Briefing>>(StringComparer.Ordinal);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        // One pass, in the briefings' order (newest first), so every list keeps that order; dictionaries of lists
        // rather than GroupBy, which buffers every pair and copies each group again (a third of this method's time).
        foreach (var b in site.Briefings)
        {
            bySlug.Add(b.Slug, b);
            foreach (var tag in b.Tags)
            {
                if (!tags.TryGetValue(tag.Slug, out var group)) tags[tag.Slug] = group = (tag, []);
                group.Briefings.Add(b);
            }
            var body = site.BodyOf(b);
            foreach (var id in body.Processed.Terms) ListOf(mentions, id).Add(b);
            linked.Clear();
            foreach (var target in body.Targets)
            {
                if (target is not null && linked.Add(target.Slug)) ListOf(backlinks, target.Slug).Add(b);
            }
        }
        var groups = tags.Values.Select(g => new TagGroup(g.Tag, g.Briefings))
            .OrderBy(g => g.Tag.Name, Cultures.Collation(site.Config.Language))
            .ToList();
        return new SiteIndexes(bySlug, groups, groups.ToDictionary(g => g.Tag.Slug, StringComparer.Ordinal), ReadOnly(mentions), ReadOnly(backlinks));
    }

    private static List<Briefing> ListOf(Dictionary<string, List<Briefing>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        return list;
    }

    private static Dictionary<string, IReadOnlyList<Briefing>> ReadOnly(Dictionary<string, List<Briefing>> lists)
    {
        var result = new Dictionary<string, IReadOnlyList<Briefing>>(lists.Count, StringComparer.Ordinal);
        foreach (var (key, list) in lists) result.Add(key, list);
        return result;
    }
}
