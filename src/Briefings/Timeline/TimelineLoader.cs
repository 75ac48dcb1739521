using Briefings.Caching;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Model;

namespace Briefings.Timeline;

/// <summary>Reads <c>content/timeline/*.yml</c>: each file a list of events.</summary>
public static class TimelineLoader
{
    public const string Folder = "content/timeline";

    /// <param name="names">The build's tags and actors, made once each; null for a timeline read alone.</param>
    public static IReadOnlyList<TimelineEvent> Load(SiteInput input, DiagnosticBag diagnostics, BuildCache? cache = null, NameSlugs? names = null)
    {
        names ??= new NameSlugs();
        if (cache is null)
        {
            return YamlListFiles.Load(input, Folder, "timeline", "events", Example, (node, text, bag) => TimelineEventParser.Parse(node, text, bag, names: names), diagnostics);
        }
        // Each file alone and in parallel, as YamlListFiles does, then gathered in file order.
        var events = new List<TimelineEvent>();
        foreach (var read in input.Under(Folder).ToList().AsParallel().AsOrdered().Select(file => Read(file, cache, names)).ToList())
        {
            foreach (var diagnostic in read.Diagnostics) diagnostics.Add(diagnostic);
            events.AddRange(read.Events);
        }
        return events;
    }

    /// <summary>
    /// One timeline file's events, from the cache when its bytes are the ones an earlier build read (made as the
    /// site uses them: nothing is left to do). The file is read once, for its key and (on a miss) its parse alike.
    /// </summary>
    private static CachedTimelineFile Read(InputFile file, BuildCache cache, NameSlugs names)
    {
        using var bytes = file.Lend();
        var key = new CacheKey().Add("timeline").Add(file.Path).Add(file.TooLargeSize is not null).Add(bytes.Span).Build();
        if (cache.TryGetTimelineFile(key, out var read)) return read;
        var snapshot = new InputFile(file.Path, bytes.ToArray()) { TooLargeSize = file.TooLargeSize };
        var bag = new DiagnosticBag();
        var events = YamlListFiles.LoadFile(snapshot, "timeline", "events", Example, (node, text, b) => TimelineEventParser.Parse(node, text, b, names: names), bag);
        read = new CachedTimelineFile(events, bag.ToSortedList());
        cache.KeepTimelineFile(key, read);
        return read;
    }

    private const string Example = "- date: …";
}
