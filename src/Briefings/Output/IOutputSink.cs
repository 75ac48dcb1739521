namespace Briefings.Output;

/// <summary>
/// Where the files of a build go: a staging folder for <c>build</c>, memory for tests, link facts for
/// <c>check</c>. Each file is a stream, written once and closed; wrappers see every file pass (link facts
/// today, live-reload injection and unchanged-file detection later). Thread-safe.
/// </summary>
public interface IOutputSink
{
    /// <param name="path">Relative to the output root, forward slashes; validated by <see cref="OutputPath"/>.</param>
    /// <returns>A stream the file is written to; disposing it completes the file.</returns>
    Stream Create(string path);
}
