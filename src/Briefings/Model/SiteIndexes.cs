using System.Runtime.InteropServices;
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
        var count = site.Briefings.Count;
        var bySlug = new Dictionary<string, Briefing>(count, StringComparer.Ordinal);
        var tags = new Dictionary<string, (Tag Tag, List<Briefing> Briefings, List<int> Positions)>(StringComparer.Ordinal);
        // A term's citing briefings and their positions in one entry: one lookup per mention (there are 20 per briefing
        // or more), where two maps took two.
        var mentions = new Dictionary<string, (List<Briefing> Briefings, List<int> Positions)>(StringComparer.Ordinal);
        // Links are told apart by the briefing they lead to, not by its slug: a body links 25 briefings or more, and
        // hashing each slug twice (once to skip repeats, once to file it) was half of this method's time.
        var backlinks = new Dictionary<Briefing, List<Briefing>>(ByReference<Briefing>.Instance);
        var linked = new HashSet<Briefing>(ByReference<Briefing>.Instance);
        // One pass, in the briefings' order (newest first), so every list keeps that order; dictionaries of lists
        // rather than GroupBy, which buffers every pair and copies each group again (a third of this method's time).
        for (var position = 0; position < count; position++)
        {
            var b = site.Briefings[position];
            bySlug.Add(b.Slug, b);
            foreach (var tag in b.Tags)
            {
                ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(tags, tag.Slug, out var known);
                if (!known) group = (tag, [], []);
                group.Briefings.Add(b);
                group.Positions.Add(position);
            }
            var body = site.BodyOf(b);
            foreach (var id in body.Processed.Terms)
            {
                ref var cited = ref CollectionsMarshal.GetValueRefOrAddDefault(mentions, id, out var known);
                if (!known) cited = ([], []);
                cited.Briefings.Add(b);
                cited.Positions.Add(position);
            }
            linked.Clear();
            foreach (var target in body.Targets)
            {
                if (target is null || !linked.Add(target)) continue;
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(backlinks, target, out _);
                (list ??= []).Add(b);
            }
        }
        var groups = tags.Values.Select(g => new TagGroup(g.Tag, g.Briefings, g.Positions))
            .OrderBy(g => g.Tag.Name, Cultures.Collation(site.Config.Language))
            .ToList();
        return new SiteIndexes(bySlug, groups, groups.ToDictionary(g => g.Tag.Slug, StringComparer.Ordinal),
            ReadOnly(mentions, m => m.Briefings), ReadOnly(mentions, m => m.Positions), KeyedBySlug(backlinks));
    }

    private static Dictionary<string, IReadOnlyList<T>> ReadOnly<TEntry, T>(Dictionary<string, TEntry> entries, Func<TEntry, List<T>> list)
    {
        var result = new Dictionary<string, IReadOnlyList<T>>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, entry) in entries) result.Add(key, list(entry));
        return result;
    }

    private static Dictionary<string, IReadOnlyList<Briefing>> KeyedBySlug(Dictionary<Briefing, List<Briefing>> lists)
    {
        var result = new Dictionary<string, IReadOnlyList<Briefing>>(lists.Count, StringComparer.Ordinal);
        foreach (var (target, list) in lists) result.Add(target.Slug, list);
        return result;
    }
}
