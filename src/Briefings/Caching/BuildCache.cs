using System.Collections.Concurrent;
using Briefings.Diagnostics;
using Briefings.Markdown;
using Briefings.Output;
using Briefings.Pipeline;

namespace Briefings.Caching;

/// <summary>
/// The build cache of a site folder (<c>.briefings-cache/</c>): what earlier builds parsed and processed, keyed by
/// a hash of every input each result depends on, the bodies' HTML, and what was written into each output folder.
/// A build reads it whole when it opens, uses what still matches, and saves only what it used. It is never
/// trusted: a file out of shape, of another version of the tool or locked by another build is left aside with a
/// warning, and the build goes on without it. Hold one per build; it is not for two builds at once.
/// </summary>
public sealed class BuildCache : IDisposable
{
    public const string FolderName = ".briefings-cache";
    private const string IndexName = "index.bin";
    private const string LockName = "lock";
    private const string Magic = "briefings-cache";
    /// <summary>Changes whenever what the cache holds changes shape or meaning.</summary>
    private const int Format = 1;

    private readonly string _folder;
    private readonly FileStream _lock;
    private readonly int _generation;
    private readonly IReadOnlyDictionary<UInt128, CachedBriefing> _briefings;
    private readonly IReadOnlyDictionary<UInt128, CachedTimelineFile> _timelineFiles;
    private readonly IReadOnlyDictionary<UInt128, ProcessedBody> _bodies;
    private readonly IReadOnlyDictionary<UInt128, string> _summaries;
    private readonly ConcurrentDictionary<string, OutputManifest> _manifests;
    private readonly ConcurrentDictionary<UInt128, CachedBriefing> _usedBriefings = new();
    private readonly ConcurrentDictionary<UInt128, CachedTimelineFile> _usedTimelineFiles = new();
    private readonly ConcurrentDictionary<UInt128, ProcessedBody> _usedBodies = new();
    private readonly ConcurrentDictionary<UInt128, string> _usedSummaries = new();

    private BuildCache(string folder, FileStream lockFile, BodyStore store, int generation, CacheIndex index)
    {
        _folder = folder;
        _lock = lockFile;
        Store = store;
        _generation = generation;
        _briefings = index.Briefings;
        _timelineFiles = index.TimelineFiles;
        _bodies = index.Bodies;
        _summaries = index.Summaries;
        _manifests = new(index.Manifests, StringComparer.Ordinal);
    }

    public BodyStore Store { get; }

    /// <summary>Opens the cache of <paramref name="siteFolder"/>, making it if needed; null (with a warning) when it cannot be used.</summary>
    public static Staged<BuildCache?> Open(string siteFolder)
    {
        var diagnostics = new DiagnosticBag();
        var folder = Path.Combine(siteFolder, FolderName);
        FileStream lockFile;
        try
        {
            Directory.CreateDirectory(folder);
            lockFile = new FileStream(Path.Combine(folder, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticCodes.CacheUnusable, null,
                $"the build cache {FolderName} cannot be used ({e.Message}); building everything (is another build running?)");
            return Staged<BuildCache?>.From(null, diagnostics);
        }

        var (generation, store, index) = ReadIndex(folder, diagnostics);
        // An index that points past the end of its store is not this store's: start afresh.
        if (index.Bodies.Values.Any(b => b.Html is StoredHtml stored && !store.Holds(stored.Entry)))
        {
            diagnostics.Warning(DiagnosticCodes.CacheUnusable, null, $"the build cache {FolderName} is damaged (its body store is shorter than its index); building everything");
            index = CacheIndex.Empty;
        }
        var cache = new BuildCache(folder, lockFile, store, generation, index);
        return Staged<BuildCache?>.From(cache, diagnostics);
    }

    internal bool TryGetBriefing(UInt128 key, out CachedBriefing briefing) => TryUse(_briefings, _usedBriefings, key, out briefing);

    internal void KeepBriefing(UInt128 key, CachedBriefing briefing) => _usedBriefings[key] = briefing;

    internal bool TryGetTimelineFile(UInt128 key, out CachedTimelineFile file) => TryUse(_timelineFiles, _usedTimelineFiles, key, out file);

    internal void KeepTimelineFile(UInt128 key, CachedTimelineFile file) => _usedTimelineFiles[key] = file;

    public bool TryGetBody(UInt128 key, out ProcessedBody body) => TryUse(_bodies, _usedBodies, key, out body);

    /// <summary>Keeps a freshly processed body, its HTML moved into the store: the body returned holds no HTML in memory.</summary>
    public ProcessedBody KeepBody(UInt128 key, ProcessedBody body)
    {
        if (Store.Append(body.Html.Read()) is not { } entry) return body;
        var stored = body with { Html = new StoredHtml(Store, entry) };
        _usedBodies[key] = stored;
        return stored;
    }

    public bool TryGetSummary(UInt128 key, out string html) => TryUse(_summaries, _usedSummaries, key, out html);

    public void KeepSummary(UInt128 key, string html) => _usedSummaries[key] = html;

    /// <summary>What the last build wrote into <paramref name="outputFolder"/>, if this cache knows.</summary>
    public OutputManifest? Manifest(string outputFolder) => _manifests.GetValueOrDefault(Path.GetFullPath(outputFolder));

    /// <summary>Forgets an output folder's manifest on disk at once: before its files change, so that a build killed meanwhile is never trusted.</summary>
    public void ForgetManifest(string outputFolder)
    {
        if (_manifests.TryRemove(Path.GetFullPath(outputFolder), out _)) Save();
    }

    public void SetManifest(string outputFolder, OutputManifest manifest) => _manifests[Path.GetFullPath(outputFolder)] = manifest;

    /// <summary>
    /// Writes the index of what this build used (and the manifests), replacing the old one in one rename. When
    /// most of the body store is bodies no longer used, copies the used ones into a new store first.
    /// </summary>
    public void Save()
    {
        var generation = _generation;
        var bodies = new Dictionary<UInt128, ProcessedBody>(_usedBodies);
        var live = bodies.Values.Select(b => b.Html).OfType<StoredHtml>().Sum(h => (long)h.Entry.Length);
        if (Store.Length > 64 << 20 && live < Store.Length / 2)
        {
            generation++;
            var moved = Store.CopyTo(StorePath(_folder, generation), bodies.Values.Select(b => b.Html).OfType<StoredHtml>().Select(h => h.Entry));
            foreach (var (key, body) in bodies.ToList())
            {
                if (body.Html is StoredHtml stored) bodies[key] = body with { Html = new StoredHtml(Store, moved[stored.Entry]) };
            }
        }
        var temporary = Path.Combine(_folder, $"{IndexName}.{Environment.ProcessId}.tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new CacheWriter(stream))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(CacheKey.ToolIdentity);
            writer.Write(generation);
            CacheIndexCodec.Write(writer, new CacheIndex(new Dictionary<UInt128, CachedBriefing>(_usedBriefings),
                new Dictionary<UInt128, CachedTimelineFile>(_usedTimelineFiles), bodies,
                new Dictionary<UInt128, string>(_usedSummaries), new Dictionary<string, OutputManifest>(_manifests)));
        }
        File.Move(temporary, Path.Combine(_folder, IndexName), overwrite: true);
    }

    public void Dispose()
    {
        Store.Dispose();
        _lock.Dispose();
    }

    private static bool TryUse<T>(IReadOnlyDictionary<UInt128, T> old, ConcurrentDictionary<UInt128, T> used, UInt128 key, out T value)
    {
        if (used.TryGetValue(key, out value!)) return true;
        if (!old.TryGetValue(key, out value!)) return false;
        used[key] = value;
        return true;
    }

    private static (int Generation, BodyStore Store, CacheIndex Index) ReadIndex(string folder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, IndexName);
        if (File.Exists(path))
        {
            BodyStore? store = null;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                using var reader = new CacheReader(stream);
                if (reader.ReadString() != Magic) throw new InvalidDataException("not a cache index");
                if (reader.ReadInt32() == Format && reader.ReadString() == CacheKey.ToolIdentity)
                {
                    var generation = reader.ReadInt32();
                    if (generation < 0) throw new InvalidDataException("a negative generation");
                    RemoveStoresBut(folder, generation);
                    store = BodyStore.Open(StorePath(folder, generation));
                    return (generation, store, CacheIndexCodec.Read(reader, store));
                }
                diagnostics.Warning(DiagnosticCodes.CacheUnusable, null, $"the build cache {FolderName} was made by another version of briefings; building everything");
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or OverflowException or FormatException)
            {
                store?.Dispose();
                diagnostics.Warning(DiagnosticCodes.CacheUnusable, null, $"the build cache {FolderName} is damaged ({e.Message}); building everything");
            }
        }
        RemoveStoresBut(folder, null);
        return (0, BodyStore.Open(StorePath(folder, 0)), CacheIndex.Empty);
    }

    private static string StorePath(string folder, int generation) => Path.Combine(folder, $"bodies-{generation}.dat");

    /// <summary>Deletes the body stores an index does not point at (left by compaction or a damaged cache), and killed saves' leftovers.</summary>
    private static void RemoveStoresBut(string folder, int? generation)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "bodies-*.dat"))
        {
            if (generation is null || file != StorePath(folder, generation.Value)) File.Delete(file);
        }
        foreach (var file in Directory.EnumerateFiles(folder, IndexName + ".*.tmp")) File.Delete(file);
    }
}
