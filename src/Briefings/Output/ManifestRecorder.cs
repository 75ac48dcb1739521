using System.Collections.Concurrent;

namespace Briefings.Output;

/// <summary>
/// A sink that notes, for each file written through it, what it was made from and the hash of its bytes: what
/// the next build's <see cref="IncrementalSiteWriter"/> compares with. Reuses nothing itself (a full build).
/// </summary>
public sealed class ManifestRecorder(IOutputSink inner) : IOutputSink, IReusableOutput
{
    private readonly ConcurrentDictionary<string, UInt128> _inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (ulong Content, long Length)> _written = new(StringComparer.Ordinal);

    public bool Reuse(string path, UInt128 inputs)
    {
        _inputs[path] = inputs;
        return false;
    }

    public Stream Create(string path) => new HashingStream(inner.Create(path), (content, length) => _written[path] = (content, length));

    /// <summary>The manifest of what was written, once the files are in <paramref name="outputFolder"/> (their times are read there).</summary>
    public OutputManifest Manifest(string outputFolder)
    {
        var files = _written.AsParallel().Select(w =>
        {
            var info = new FileInfo(Path.Combine(outputFolder, w.Key));
            return KeyValuePair.Create(w.Key, new ManifestEntry(_inputs.GetValueOrDefault(w.Key), w.Value.Content, w.Value.Length, info.LastWriteTimeUtc.Ticks));
        });
        return new OutputManifest(new Dictionary<string, ManifestEntry>(files, StringComparer.Ordinal));
    }
}
