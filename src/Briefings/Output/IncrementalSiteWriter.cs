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
    private readonly DirectoryOutput _staged;
    // Sized for the previous build's files up front: grown from empty, each map was copied a dozen times over.
    private readonly ConcurrentDictionary<string, UInt128> _inputs;
    private readonly ConcurrentDictionary<string, ManifestEntry> _kept;
    private readonly ConcurrentDictionary<string, (ulong Content, long Length)> _written = new(StringComparer.Ordinal);
    private bool _done;

    private IncrementalSiteWriter(string output, string staging, OutputManifest previous)
    {
        _output = output;
        _staging = staging;
        _previous = previous;
        _staged = new DirectoryOutput(staging);
        _inputs = new(Environment.ProcessorCount, previous.Files.Count, StringComparer.Ordinal);
        _kept = new(Environment.ProcessorCount, previous.Files.Count, StringComparer.Ordinal);
    }

    public static IncrementalSiteWriter Open(string outputFolder, OutputManifest previous)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var staging = AtomicSiteWriter.NewStagingFolder(output);
        return new IncrementalSiteWriter(output, staging, previous);
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

    /// <summary>Moves the changed files in and deletes the ones the site no longer has; returns the new manifest.</summary>
    public OutputManifest Commit(out int rewritten)
    {
        if (_done) throw new InvalidOperationException("already committed or aborted");
        _done = true;
        var files = new Dictionary<string, ManifestEntry>(_kept, StringComparer.Ordinal);
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
        TryDelete(_staging);
        rewritten = moved;
        return new OutputManifest(files);
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
