namespace Briefings.Content;

/// <summary>
/// A file of the site, before decoding: made in memory (tests), or on disk and read each time its bytes are
/// asked for, never kept. A site of 100,000 briefings is most of a gigabyte of text: a build holds what it
/// made of a file (the cache's entries, the model), not the file.
/// </summary>
public sealed class InputFile
{
    private readonly byte[]? _bytes;
    private readonly string? _fullPath;

    /// <param name="path">Relative to the site folder, forward slashes: <c>content/site.yml</c>.</param>
    public InputFile(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
    }

    private InputFile(string path, string fullPath)
    {
        Path = path;
        _fullPath = fullPath;
    }

    /// <summary>Files above this size are not read: a briefing, a template or a data file is never that big.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>Relative to the site folder, forward slashes: <c>content/site.yml</c>.</summary>
    public string Path { get; }

    /// <summary>Set when the file was too large to read; <see cref="Bytes"/> is then empty.</summary>
    public long? TooLargeSize { get; init; }

    /// <summary>The file's bytes: the array it was made with, or read from disk anew on every call.</summary>
    public byte[] Bytes => _bytes ?? (TooLargeSize is null ? File.ReadAllBytes(_fullPath!) : []);

    /// <summary>The file's bytes lent from a pool (see <see cref="PooledBytes"/>): for a caller that hashes them and mostly drops them.</summary>
    public PooledBytes Lend() => _bytes is not null ? PooledBytes.Of(_bytes) : TooLargeSize is null ? PooledBytes.Read(_fullPath!) : PooledBytes.Of([]);

    /// <summary>A hash of the bytes, computed on demand: what a cache keys this file's results on.</summary>
    public string Fingerprint => Text.Fingerprint.Of(Bytes);

    /// <summary>A file on disk at <paramref name="fullPath"/>, read only when its bytes are asked for.</summary>
    public static InputFile OnDisk(string path, string fullPath) => new(path, fullPath);

    public static InputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
