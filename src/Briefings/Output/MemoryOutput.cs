using System.Collections.Concurrent;
using System.Text;

namespace Briefings.Output;

/// <summary>Keeps the rendered site in memory: what tests read and what <c>briefings check</c> verifies.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        OutputPath.Validate(path);
        _files[path] = content.ToArray();
    }

    public string Text(string path) => Encoding.UTF8.GetString(_files[path]);
}
