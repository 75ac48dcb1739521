using System.Collections.Concurrent;

namespace Briefings.Output;

/// <summary>
/// Updates an output folder that an earlier build wrote, file by file: a file whose inputs are unchanged (and that
/// nobody touched since, by its size and time) is not rendered; a rendered file is staged beside the output and
/// moved in only if its bytes changed; a file the site no longer has is deleted. Nothing changes in the output
/// before <see cref="Commit"/>, so a failed build leaves it as it was; each file is replaced in one rename, so a
/// server never reads half a page. Only files listed in the previous manifest are ever deleted.
/// </summary>
public sealed class IncrementalSiteWriter : IOutputSink, IReusableOutput, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly OutputManifest _previous;
    private readonly IReadOnlySet<string> _owned;
    private readonly DirectoryOutput _staged;
    // Sized for the previous build's files up front: grown from empty, each map was copied a dozen times over.
    private readonly ConcurrentDictionary<string, UInt128> _inputs;
    private readonly ConcurrentDictionary<string, ManifestEntry> _kept;
    private readonly ConcurrentDictionary<string, (ulong Content, long Length)> _written = new(StringComparer.Ordinal);
    private bool _done;

    private IncrementalSiteWriter(OutputLock held, string staging, OutputManifest previous, IReadOnlySet<string> owned)
    {
        _output = held.Output;
        _staging = staging;
        _previous = previous;
        _owned = owned;
        _staged = new DirectoryOutput(staging);
        _inputs = new(Environment.ProcessorCount, previous.Files.Count, StringComparer.Ordinal);
        _kept = new(Environment.ProcessorCount, previous.Files.Count, StringComparer.Ordinal);
    }

    /// <param name="owned">What the output's <see cref="OwnershipManifest"/> lists: with the previous manifest, what may be overwritten.</param>
    public static IncrementalSiteWriter Open(OutputLock held, OutputManifest previous, IReadOnlySet<string> owned)
    {
        SwapJournal.Recover(held);
        var staging = AtomicSiteWriter.NewStagingFolder(held, Guid.NewGuid().ToString("N"));
        return new IncrementalSiteWriter(held, staging, previous, owned);
    }

    /// <summary>Files kept as they were, without rendering.</summary>
    public int Kept => _kept.Count;

    /// <summary>Files rendered by this build (whether or not their bytes changed).</summary>
    public int Rendered => _written.Count;

    public bool Reuse(string path, UInt128 inputs)
    {
        _inputs[path] = inputs;
        if (!_previous.Files.TryGetValue(path, out var entry) || entry.Inputs != inputs || !Untouched(path, entry)) return false;
        _kept[path] = entry;
        return true;
    }

    public Stream Create(string path) => new HashingStream(_staged.Create(path), (content, length) => _written[path] = (content, length));

    /// <summary>
    /// Moves the changed files in and deletes the ones the site no longer has; returns the new manifest, or why nothing
    /// changed: a file the site writes would replace an entry no build wrote (a kept one).
    /// </summary>
    public (OutputManifest? Manifest, string? Conflict) Commit(string siteId, out int rewritten)
    {
        if (_done) throw new InvalidOperationException("already committed or aborted");
        rewritten = 0;
        foreach (var path in _written.Keys)
        {
            var target = Path.Combine(_output, path);
            if (OutputEntries.Exists(target) && (!OutputEntries.IsFile(target) || !_previous.Files.ContainsKey(path) && !_owned.Contains(path)))
            {
                return (null, $"'{path}' in the output folder was not written by Briefings and is kept ('keep:' in content/site.yml, or one of .git, CNAME, .nojekyll), " +
                    "but this build writes it too; move or delete one of them");
            }
        }
        _done = true;
        var files = new Dictionary<string, ManifestEntry>(_kept, StringComparer.Ordinal);
        // Listed before the first file moves in, what this build writes is the builds' even if it is killed midway.
        new OwnershipManifest(siteId, [.. _owned.Union(_previous.Files.Keys).Union(_written.Keys)]).WriteTo(_output, _staging);
        var moved = 0;
        foreach (var (path, (content, length)) in _written.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var target = Path.Combine(_output, path);
            var inputs = _inputs.GetValueOrDefault(path);
            if (_previous.Files.TryGetValue(path, out var old) && old.Content == content && old.Length == length && Untouched(path, old))
            {
                files[path] = old with { Inputs = inputs }; // same bytes: the file stays as it was, its time too
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_staging, path), target, overwrite: true);
            files[path] = new ManifestEntry(inputs, content, length, File.GetLastWriteTimeUtc(target).Ticks);
            moved++;
        }
        foreach (var path in _previous.Files.Keys.Where(p => !_inputs.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(_output, path);
            if (File.Exists(target)) File.Delete(target);
            RemoveEmptyFolders(Path.GetDirectoryName(target)!);
        }
        new OwnershipManifest(siteId, files.Keys).WriteTo(_output, _staging);
        TryDelete(_staging);
        rewritten = moved;
        return (new OutputManifest(files), null);
    }

    public void Abort()
    {
        if (_done) return;
        _done = true;
        TryDelete(_staging);
    }

    public void Dispose() => Abort();

    private bool Untouched(string path, ManifestEntry entry)
    {
        var info = new FileInfo(Path.Combine(_output, path));
        // A symbolic link put in the file's place is not the file written (the flag comes with the one stat, unlike LinkTarget).
        return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0 && info.Length == entry.Length && info.LastWriteTimeUtc.Ticks == entry.LastWriteUtc;
    }

    /// <summary>Removes folders that deleting a page left empty, up to the output folder (never it).</summary>
    private void RemoveEmptyFolders(string folder)
    {
        while (folder.Length > _output.Length && folder.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder is harmless; the next build removes it.
        }
    }
}
