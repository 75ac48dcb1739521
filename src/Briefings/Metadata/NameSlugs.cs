using System.Collections.Concurrent;
using Briefings.Model;
using Briefings.Text;

namespace Briefings.Metadata;

/// <summary>
/// The tags and actors of one build by name, each made once: a site names the same few hundred thousands of times,
/// and a slug costs a Unicode fold per character. One per parse stage (shared by its threads), so nothing outlives the build.
/// </summary>
public sealed class NameSlugs
{
    private readonly ConcurrentDictionary<string, Tag> _tags = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Func<string, Tag> _tag;
    private readonly Func<string, Actor> _actor;

    public NameSlugs()
    {
        _tag = Tag;
        _actor = Actor;
    }

    public Tag Tag(string name) => _tags.TryGetValue(name, out var tag) ? tag : _tags.GetOrAdd(name, new Tag(name, Slug.FromOrHash(name, "tag")));

    public Actor Actor(string name) => _actors.TryGetValue(name, out var actor) ? actor : _actors.GetOrAdd(name, new Actor(name, Slug.FromOrHash(name, "actor")));

    /// <summary>The tags of <paramref name="names"/> in order, the first of each slug only (tags with one slug are one tag).</summary>
    public List<Tag> Tags(IReadOnlyList<string> names) => DistinctBySlug(names, _tag, static t => t.Slug);

    public List<Actor> Actors(IReadOnlyList<string> names) => DistinctBySlug(names, _actor, static a => a.Slug);

    private static List<T> DistinctBySlug<T>(IReadOnlyList<string> names, Func<string, T> make, Func<T, string> slug)
    {
        var kept = new List<T>(names.Count);
        // Lists of a few items (the usual ones) are scanned; a long one gets a set.
        var seen = names.Count > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var name in names)
        {
            var item = make(name);
            if (seen is not null ? seen.Add(slug(item)) : !Holds(kept, slug(item), slug)) kept.Add(item);
        }
        return kept;
    }

    private static bool Holds<T>(List<T> items, string wanted, Func<T, string> slug)
    {
        foreach (var item in items)
        {
            if (string.Equals(slug(item), wanted, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
