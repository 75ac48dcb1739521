namespace Briefings.Output;

/// <summary>
/// Renders into a staging folder beside the output and swaps it in only when the build succeeded,
/// so a failed or interrupted build leaves the previous site exactly as it was.
/// </summary>
public sealed class AtomicSiteWriter : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private bool _done;

    private AtomicSiteWriter(string output, string staging)
    {
        _output = output;
        _staging = staging;
        Sink = new DirectoryOutput(staging);
    }

    /// <summary>Clears what killed builds left beside <paramref name="outputFolder"/>, then makes a new staging folder there.</summary>
    public static AtomicSiteWriter Open(string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        return new AtomicSiteWriter(output, NewStagingFolder(output));
    }

    /// <summary>A new hidden folder beside <paramref name="output"/> (so on the same file system, for renames), after clearing killed builds' ones.</summary>
    internal static string NewStagingFolder(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var prefix = $".{Path.GetFileName(output)}.staging-";
        RemoveLeftovers(parent, prefix, output);
        var staging = Path.Combine(parent, $"{prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>
    /// Deletes the staging folders that builds killed midway left beside the output. The name holds the
    /// process id of its build, so a folder whose build still runs (another build, right now) is left
    /// alone. A killed build's previous site (<c>.previous</c>) is only deleted when the output exists,
    /// so a kill between the two renames of <see cref="Commit"/> never loses both sites.
    /// </summary>
    private static void RemoveLeftovers(string parent, string prefix, string output)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var name = Path.GetFileName(folder).AsSpan(prefix.Length);
            var dash = name.IndexOf('-');
            if (dash <= 0 || !int.TryParse(name[..dash], out var processId) || IsRunning(processId)) continue;
            if (name.EndsWith(".previous") && !Directory.Exists(output)) continue;
            TryDelete(folder);
        }
    }

    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public IOutputSink Sink { get; }

    public string StagingFolder => _staging;

    /// <summary>Replaces the output folder with the staged site.</summary>
    public void Commit()
    {
        if (_done) throw new InvalidOperationException("already committed or aborted");
        _done = true;
        string? previous = null;
        if (Directory.Exists(_output))
        {
            previous = _staging + ".previous";
            Directory.Move(_output, previous);
        }
        try
        {
            Directory.Move(_staging, _output);
        }
        catch
        {
            if (previous is not null) Directory.Move(previous, _output); // put the old site back
            throw;
        }
        if (previous is not null) TryDelete(previous);
    }

    /// <summary>Drops the staged files; the output folder is untouched.</summary>
    public void Abort()
    {
        if (_done) return;
        _done = true;
        TryDelete(_staging);
    }

    public void Dispose() => Abort();

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover hidden folder is harmless; the next build tries again.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
