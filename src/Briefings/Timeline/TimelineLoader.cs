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
        var events = new List<TimelineEvent>();
        foreach (var file in input.Under(Folder))
        {
            if (cache is null)
            {
                events.AddRange(YamlListFiles.LoadFile(file, "timeline", "events", Example, (node, text, bag) => TimelineEventParser.Parse(node, text, bag), diagnostics));
                continue;
            }
            // The YAML is the costly part: an unchanged file's events come from the cache, read as they were.
            // The file is read once, for its key and its parse alike.
            var snapshot = new InputFile(file.Path, file.Bytes) { TooLargeSize = file.TooLargeSize };
            var key = new CacheKey().Add("timeline").Add(file.Path).Add(file.TooLargeSize is not null).Add(snapshot.Bytes).Build();
            if (!cache.TryGetTimelineFile(key, out var read))
            {
                var bag = new DiagnosticBag();
                var readings = YamlListFiles.LoadFile(snapshot, "timeline", "events", Example,
                    (node, text, b) => TimelineEventParser.Read(node, text, b) is { } r ? new TimelineEventReading(r.Event, r.Locations) : null, bag);
                read = new CachedTimelineFile(readings, bag.ToSortedList());
                cache.KeepTimelineFile(key, read);
            }
            foreach (var diagnostic in read.Diagnostics) diagnostics.Add(diagnostic);
            events.AddRange(read.Events.Select(e => TimelineEventParser.ToEvent(e.Event, e.Locations, null)));
        }
        return events;
    }

    private const string Example = "- date: …";
}
