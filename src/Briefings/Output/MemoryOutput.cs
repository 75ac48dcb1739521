using System.Collections.Concurrent;
using System.Text;

namespace Briefings.Output;

/// <summary>Keeps the rendered site in memory: what tests read.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public Stream Create(string path)
    {
        OutputPath.Validate(path);
        return new CompletingStream(bytes =>
        {
            if (!_files.TryAdd(path, bytes)) throw new InvalidOperationException($"'{path}' was written twice");
        });
    }

    public string Text(string path) => Encoding.UTF8.GetString(_files[path]);
}
