namespace Briefings.Output;

/// <summary>
/// One build at a time per output folder: a lock file in the output's work folder (<see cref="WorkFolder"/>), held
/// open without sharing (on Unix .NET takes an advisory <c>flock</c>), which the kernel releases however the build
/// ends, kill -9 and PID 1 included. While it is held, whatever a build left in the work folder is a dead build's:
/// no process id is trusted. The file stays: deleting a lock file lets two builds lock two different files.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _file;

    private OutputLock(string output, FileStream file)
    {
        Output = output;
        _file = file;
    }

    /// <summary>The output's real path.</summary>
    public string Output { get; }

    /// <summary>The hidden folder beside the output (so on its file system, for renames) that holds the lock, the journal and staging folders.</summary>
    public string Work => WorkFolder(Output);

    public static string WorkFolder(string output) => Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.briefings");

    /// <param name="output">The output's real path; the folders above it are made when missing.</param>
    /// <returns>Null when another build holds it.</returns>
    public static OutputLock? TryAcquire(string output)
    {
        var work = WorkFolder(output);
        Directory.CreateDirectory(work);
        try
        {
            return new OutputLock(output, new FileStream(Path.Combine(work, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1));
        }
        catch (IOException e) when (IsSharingViolation(e))
        {
            return null;
        }
    }

    // Unix: flock's EWOULDBLOCK (11) comes as a plain IOException whose HResult is the errno; Windows: ERROR_SHARING_VIOLATION.
    private static bool IsSharingViolation(IOException e) =>
        e.GetType() == typeof(IOException) && e.HResult == (OperatingSystem.IsWindows() ? unchecked((int)0x80070020) : 11);

    public void Dispose() => _file.Dispose();
}
