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

    public static IReadOnlyList<TimelineEvent> Load(SiteInput input, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        if (cache is null)
        {
            return YamlListFiles.Load(input, Folder, "timeline", "events", Example, (node, text, bag) => TimelineEventParser.Parse(node, text, bag), diagnostics);
        }
        // Each file alone and in parallel, as YamlListFiles does, then gathered in file order.
        var events = new List<TimelineEvent>();
        foreach (var read in input.Under(Folder).ToList().AsParallel().AsOrdered().Select(file => Read(file, cache)).ToList())
        {
            foreach (var diagnostic in read.Diagnostics) diagnostics.Add(diagnostic);
            events.AddRange(read.Events.Select(e => TimelineEventParser.ToEvent(e.Event, e.Locations, null)));
        }
        return events;
    }

    /// <summary>
    /// One timeline file's events as read, from the cache when its bytes are the ones an earlier build read (the
    /// YAML is the costly part). The file is read once, for its key and its parse alike.
    /// </summary>
    private static CachedTimelineFile Read(InputFile file, BuildCache cache)
    {
        var snapshot = new InputFile(file.Path, file.Bytes) { TooLargeSize = file.TooLargeSize };
        var key = new CacheKey().Add("timeline").Add(file.Path).Add(file.TooLargeSize is not null).Add(snapshot.Bytes).Build();
        if (cache.TryGetTimelineFile(key, out var read)) return read;
        var bag = new DiagnosticBag();
        var readings = YamlListFiles.LoadFile(snapshot, "timeline", "events", Example,
            (node, text, b) => TimelineEventParser.Read(node, text, b) is { } r ? new TimelineEventReading(r.Event, r.Locations) : null, bag);
        read = new CachedTimelineFile(readings, bag.ToSortedList());
        cache.KeepTimelineFile(key, read);
        return read;
    }

    private const string Example = "- date: …";
}
