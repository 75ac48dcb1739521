namespace Briefings.Output;

/// <summary>
/// What the last build wrote into one output folder, file by file: what an incremental build compares with to
/// render only what changed and rewrite only files whose bytes changed. Kept in the build cache, not in the site.
/// </summary>
public sealed record OutputManifest(IReadOnlyDictionary<string, ManifestEntry> Files)
{
    public static OutputManifest Empty { get; } = new(new Dictionary<string, ManifestEntry>(StringComparer.Ordinal));
}
