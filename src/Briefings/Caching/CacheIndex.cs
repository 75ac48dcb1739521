using Briefings.Markdown;
using Briefings.Output;

namespace Briefings.Caching;

/// <summary>Everything the cache's index file holds, by key.</summary>
internal sealed record CacheIndex(
    IReadOnlyDictionary<UInt128, CachedBriefing> Briefings,
    IReadOnlyDictionary<UInt128, CachedTimelineFile> TimelineFiles,
    IReadOnlyDictionary<UInt128, ProcessedBody> Bodies,
    IReadOnlyDictionary<UInt128, string> Summaries,
    IReadOnlyDictionary<string, OutputManifest> Manifests)
{
    public static CacheIndex Empty { get; } = new(
        new Dictionary<UInt128, CachedBriefing>(), new Dictionary<UInt128, CachedTimelineFile>(),
        new Dictionary<UInt128, ProcessedBody>(), new Dictionary<UInt128, string>(), new Dictionary<string, OutputManifest>());
}
