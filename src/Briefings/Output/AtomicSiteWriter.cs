using System.Collections.Concurrent;

namespace Briefings.Output;

/// <summary>
/// Renders into a staging folder beside the output and swaps it in only when the build succeeded, so a failed or
/// interrupted build leaves the previous site exactly as it was. The swap is one <c>renameat2(RENAME_EXCHANGE)</c>
/// where Linux can, else two renames; either way under a journal (<see cref="SwapJournal"/>), so a kill at any
/// instant leaves the old or the new site, which the next build finishes or puts back. Entries the previous build
/// did not write but <c>keep:</c> keeps (<c>.git</c>, <c>CNAME</c>…) are moved into the new site before the swap.
/// </summary>
public sealed class AtomicSiteWriter : IDisposable
{
    private readonly OutputLock _lock;
    private readonly string _staging;
    private readonly string _id;
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly DirectoryOutput _files;
    private bool _started;
    private bool _done;

    private AtomicSiteWriter(OutputLock held, string staging, string id)
    {
        _lock = held;
        _staging = staging;
        _id = id;
        _files = new DirectoryOutput(staging);
        Sink = new RecordingSink(this);
    }

    /// <summary>A new staging folder in the output's work folder; what killed builds left there is recovered first.</summary>
    public static AtomicSiteWriter Open(OutputLock held)
    {
        SwapJournal.Recover(held);
        var id = Guid.NewGuid().ToString("N");
        return new AtomicSiteWriter(held, NewStagingFolder(held, id), id);
    }

    /// <summary>A new folder in the work folder beside the output (so on the same file system, for renames).</summary>
    internal static string NewStagingFolder(OutputLock held, string id)
    {
        var staging = Path.Combine(held.Work, $"staging-{id}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    public IOutputSink Sink { get; }

    public string StagingFolder => _staging;

    /// <summary>The files written so far, relative.</summary>
    public IReadOnlyCollection<string> Written => (IReadOnlyCollection<string>)_written.Keys;

    private sealed class RecordingSink(AtomicSiteWriter writer) : IOutputSink
    {
        public Stream Create(string path)
        {
            var stream = writer._files.Create(path);
            writer._written[path] = 0;
            return stream;
        }
    }

    /// <summary>
    /// Replaces the output folder with the staged site, carrying <paramref name="kept"/> over; tells
    /// <paramref name="observe"/> each step done. Returns why it did not when a kept entry collides with a file
    /// the site writes (nothing has changed then); null once the new site is in place.
    /// </summary>
    /// <param name="siteId">Written in the new site's <see cref="OwnershipManifest"/>.</param>
    /// <param name="exchange">False to rename twice even where one exchange could do (tests of the fallback).</param>
    public string? Commit(string siteId, IReadOnlyList<string> kept, Action<CommitStep>? observe = null, bool exchange = true)
    {
        if (_done || _started) throw new InvalidOperationException("already committed or aborted");
        var output = _lock.Output;
        var (moves, conflict) = PlanKept(output, kept);
        if (conflict is not null) return conflict;
        new OwnershipManifest(siteId, _written.Keys.ToList()).WriteTo(_staging, _lock.Work);
        SwapJournal.WriteMarker(_staging, _id);

        // From the journal on, a failure is not undone here but by SwapJournal.Recover (this build's caller, or the next build), as after a kill.
        _started = true;
        observe?.Invoke(CommitStep.Starting);
        new SwapJournal(_id, Path.GetFileName(_staging), moves).Write(_lock.Work);
        observe?.Invoke(CommitStep.JournalWritten);
        foreach (var move in moves) OutputEntries.Move(Path.Combine(output, move), Path.Combine(_staging, move));
        observe?.Invoke(CommitStep.KeptMoved);
        var previous = _staging + ".previous";
        if (!Directory.Exists(output)) Directory.Move(_staging, output);
        else if (!exchange || !DirectoryExchange.TryExchange(_staging, output))
        {
            Directory.Move(output, previous);
            observe?.Invoke(CommitStep.OldMovedAside);
            Directory.Move(_staging, output);
        }
        observe?.Invoke(CommitStep.Swapped);
        File.Delete(Path.Combine(output, SwapJournal.MarkerName));
        File.Delete(SwapJournal.PathIn(_lock.Work));
        _done = true;
        observe?.Invoke(CommitStep.Committed);
        OutputEntries.TryDelete(_staging); // the old site, after an exchange
        OutputEntries.TryDelete(previous);
        observe?.Invoke(CommitStep.CleanedUp);
        return null;
    }

    /// <summary>
    /// Which kept entries move into the staged site: each whole, or, where the site writes a folder of the same name,
    /// what it holds, one by one. A kept file where the site writes one with other bytes is a conflict: neither is lost.
    /// </summary>
    private (List<string> Moves, string? Conflict) PlanKept(string output, IReadOnlyList<string> kept)
    {
        var moves = new List<string>();
        foreach (var entry in kept)
        {
            if (Plan(output, entry, moves) is { } conflict) return (moves, conflict);
        }
        return (moves, null);
    }

    private string? Plan(string output, string relative, List<string> moves)
    {
        var from = Path.Combine(output, relative);
        var to = Path.Combine(_staging, relative);
        if (!OutputEntries.Exists(to))
        {
            for (var folder = Path.GetDirectoryName(to)!; folder.Length > _staging.Length; folder = Path.GetDirectoryName(folder)!)
            {
                if (OutputEntries.Exists(folder) && !OutputEntries.IsFolder(folder)) return Conflict(relative);
            }
            moves.Add(relative);
            return null;
        }
        if (OutputEntries.IsFolder(from) && OutputEntries.IsFolder(to))
        {
            foreach (var child in new DirectoryInfo(from).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }).OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                if (Plan(output, $"{relative}/{child.Name}", moves) is { } conflict) return conflict;
            }
            return null;
        }
        if (OutputEntries.IsFile(from) && OutputEntries.IsFile(to) && FilesEqual(from, to)) return null; // the new site has it, byte for byte
        return Conflict(relative);
    }

    private static string Conflict(string relative) =>
        $"'{relative}' in the output folder was not written by Briefings and is kept ('keep:' in content/site.yml, or one of .git, CNAME, .nojekyll), " +
        "but this build writes something else at that path; move or delete one of them";

    private static bool FilesEqual(string first, string second)
    {
        var a = new FileInfo(first);
        var b = new FileInfo(second);
        return a.Length == b.Length && File.ReadAllBytes(first).AsSpan().SequenceEqual(File.ReadAllBytes(second));
    }

    /// <summary>Drops the staged files; the output folder is untouched. After the commit started, recovery is the journal's.</summary>
    public void Abort()
    {
        if (_done || _started) return;
        _done = true;
        OutputEntries.TryDelete(_staging);
    }

    public void Dispose() => Abort();
}
