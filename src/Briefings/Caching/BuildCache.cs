using Briefings.Diagnostics;
using Briefings.Markdown;
using Briefings.Output;
using Briefings.Pipeline;

namespace Briefings.Caching;

/// <summary>
/// The build cache of a site folder (<c>.briefings-cache/</c>): what earlier builds parsed and processed, keyed by
/// a hash of every input each result depends on, the bodies' HTML, and what was written into each output folder.
/// A build locates the entries when it opens it, reads those whose keys match, and saves only what it used. It is
/// never trusted: a file out of shape, of another version of the tool or locked by another build is left aside
/// with a warning, an entry that does not read back is a miss, and the build goes on. One per build at a time.
/// </summary>
public sealed class BuildCache : IDisposable
{
    public const string FolderName = ".briefings-cache";
    private const string IndexName = "index.bin";
    private const string LockName = "lock";
    private const string Magic = "briefings-cache";
    /// <summary>Changes whenever what the cache holds changes shape or meaning.</summary>
    private const int Format = 6;

    private readonly string _folder;
    private readonly FileStream _lock;
    private readonly int _generation;
    private readonly CacheSection<CachedBriefing> _briefings;
    private readonly CacheSection<CachedTimelineFile> _timelineFiles;
    private readonly CacheSection<ProcessedBody> _bodies;
    private readonly CacheSection<string> _summaries;
    /// <summary>The index as read when the build opened it, until the stages that read entries are done.</summary>
    private byte[]? _raw;

    private BuildCache(string folder, FileStream lockFile, BodyStore store, int generation)
    {
        _folder = folder;
        _lock = lockFile;
        Store = store;
        _generation = generation;
        var names = new StringTable();
        _briefings = new(CacheIndexCodec.ReadBriefing, CacheIndexCodec.WriteBriefing, names);
        _timelineFiles = new(CacheIndexCodec.ReadTimelineFile, CacheIndexCodec.WriteTimelineFile, names);
        // A body whose HTML lies past the end of the store is not this store's: a miss.
        _bodies = new(r => CacheIndexCodec.ReadBody(r, store), CacheIndexCodec.WriteBody, names, b => b.Html is StoredHtml stored && store.Holds(stored.Entry));
        _summaries = new(r => r.ReadString(), (w, s) => w.Write(s), names);
    }

    public BodyStore Store { get; }

    /// <summary>The size of the index this build read (0 when it found none): a measure of how much a rebuild decodes.</summary>
    public long IndexLength { get; private set; }

    /// <summary>Entries this build found damaged (and so made again).</summary>
    public int DamagedEntries => _briefings.Damaged + _timelineFiles.Damaged + _bodies.Damaged + _summaries.Damaged;


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
        return Staged<BuildCache?>.From(ReadIndex(folder, lockFile, diagnostics), diagnostics);
    }

    internal bool TryGetBriefing(UInt128 key, out CachedBriefing briefing) => _briefings.TryGet(key, out briefing);

    internal void KeepBriefing(UInt128 key, CachedBriefing briefing) => _briefings.Keep(key, briefing);

    internal bool TryGetTimelineFile(UInt128 key, out CachedTimelineFile file) => _timelineFiles.TryGet(key, out file);

    internal void KeepTimelineFile(UInt128 key, CachedTimelineFile file) => _timelineFiles.Keep(key, file);

    public bool TryGetBody(UInt128 key, out ProcessedBody body) => _bodies.TryGet(key, out body);

    /// <summary>Keeps a freshly processed body, its HTML moved into the store: the body returned holds no HTML in memory.</summary>
    public ProcessedBody KeepBody(UInt128 key, ProcessedBody body)
    {
        if (Store.Append(body.Html.Read()) is not { } entry) return body;
        var stored = body with { Html = new StoredHtml(Store, entry) };
        _bodies.Keep(key, stored);
        return stored;
    }

    public bool TryGetSummary(UInt128 key, out string html) => _summaries.TryGet(key, out html);

    public void KeepSummary(UInt128 key, string html) => _summaries.Keep(key, html);

    /// <summary>Lets go of the index's bytes once nothing more is read from it (after the process stage).</summary>
    public void ReleaseIndex()
    {
        _raw = null;
        _briefings.Release();
        _timelineFiles.Release();
        _bodies.Release();
        _summaries.Release();
    }

    /// <summary>What the last build wrote into <paramref name="outputFolder"/>, if this cache knows (a manifest it cannot read is as none: a full build).</summary>
    public OutputManifest? Manifest(string outputFolder) => ManifestCodec.Read(ManifestPath(outputFolder), Path.GetFullPath(outputFolder));

    /// <summary>Forgets an output folder's manifest on disk at once: before its files change, so that a build killed meanwhile is never trusted.</summary>
    public void ForgetManifest(string outputFolder) => File.Delete(ManifestPath(outputFolder));

    public void SetManifest(string outputFolder, OutputManifest manifest) =>
        ManifestCodec.Write(ManifestPath(outputFolder), Path.GetFullPath(outputFolder), manifest);

    /// <summary>One file per output folder, named by a hash of its full path.</summary>
    private string ManifestPath(string outputFolder)
    {
        var folder = Path.Combine(_folder, "outputs");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{CacheKey.Of("output", Path.GetFullPath(outputFolder)):x32}.bin");
    }

    /// <summary>
    /// Writes the index of what this build used, replacing the old one in one rename (nothing when nothing
    /// changed). When most of the body store is bodies no longer used, copies the used ones into a new store first.
    /// </summary>
    public void Save()
    {
        if (!_briefings.Changed && !_timelineFiles.Changed && !_bodies.Changed && !_summaries.Changed) return;
        var generation = _generation;
        var live = _bodies.Used.Select(b => b.Value.Html).OfType<StoredHtml>().Sum(h => (long)h.Entry.Length);
        if (Store.Length > 64 << 20 && live < Store.Length / 2)
        {
            generation++;
            var bodies = _bodies.Used.ToList();
            var moved = Store.CopyTo(StorePath(_folder, generation), bodies.Select(b => b.Value.Html).OfType<StoredHtml>().Select(h => h.Entry));
            foreach (var (key, body) in bodies)
            {
                if (body.Html is StoredHtml stored) _bodies.Keep(key, body with { Html = new StoredHtml(Store, moved[stored.Entry]) });
            }
        }
        var temporary = Path.Combine(_folder, $"{IndexName}.{Environment.ProcessId}.tmp");
        using (var old = new IndexBytes(Path.Combine(_folder, IndexName), _raw))
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new CacheWriter(stream))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(CacheKey.ToolIdentity);
            writer.Write(generation);
            _briefings.Write(writer, old);
            _timelineFiles.Write(writer, old);
            _bodies.Write(writer, old);
            _summaries.Write(writer, old);
        }
        File.Move(temporary, Path.Combine(_folder, IndexName), overwrite: true);
    }

    public void Dispose()
    {
        Store.Dispose();
        _lock.Dispose();
    }

    private static BuildCache ReadIndex(string folder, FileStream lockFile, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, IndexName);
        if (File.Exists(path))
        {
            BodyStore? store = null;
            try
            {
                var raw = File.ReadAllBytes(path);
                var reader = new CacheReader(raw);
                if (reader.ReadString() != Magic) throw new InvalidDataException("not a cache index");
                if (reader.ReadInt32() == Format && reader.ReadString() == CacheKey.ToolIdentity)
                {
                    var generation = reader.ReadInt32();
                    if (generation < 0) throw new InvalidDataException("a negative generation");
                    RemoveStoresBut(folder, generation);
                    store = BodyStore.Open(StorePath(folder, generation));
                    var cache = new BuildCache(folder, lockFile, store, generation);
                    cache._raw = raw;
                    cache.IndexLength = raw.Length;
                    cache._briefings.Locate(reader, raw);
                    cache._timelineFiles.Locate(reader, raw);
                    cache._bodies.Locate(reader, raw);
                    cache._summaries.Locate(reader, raw);
                    if (!reader.AtEnd) throw new InvalidDataException("bytes after the end of the index");
                    return cache;
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
        return new BuildCache(folder, lockFile, BodyStore.Open(StorePath(folder, 0)), 0);
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
