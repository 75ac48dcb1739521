namespace Briefings.Output;

/// <summary>Where rendered files go: memory for tests and <c>check</c>, a staging folder for <c>build</c>. Thread-safe.</summary>
public interface IOutputSink
{
    /// <param name="path">Relative to the output root, forward slashes; validated by <see cref="OutputPath"/>.</param>
    void Write(string path, ReadOnlySpan<byte> content);
}
