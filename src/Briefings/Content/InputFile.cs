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

    /// <summary>Files published as they are (<c>static/</c>, a bundle's images) may be larger than text, up to this.</summary>
    public const long MaxPublishedBytes = 100 * 1024 * 1024;

    /// <summary>The file's bytes: the array it was made with, or read from disk anew on every call (never more than <see cref="MaxBytes"/>).</summary>
    public byte[] Bytes => _bytes ?? (TooLargeSize is null ? ReadFromDisk(MaxBytes) : []);

    /// <summary>The bytes of a file published as it is, up to <see cref="MaxPublishedBytes"/> (the planner refuses larger ones).</summary>
    public byte[] PublishedBytes => _bytes ?? ReadFromDisk(MaxPublishedBytes);

    private byte[] ReadFromDisk(long max)
    {
        // Bounded by the bytes actually read, not by the size the file says it has (a device says 0): read into an
        // array of the size the file has when opened, as File.ReadAllBytes does, and through the pool otherwise.
        using (var handle = File.OpenHandle(_fullPath!))
        {
            var size = RandomAccess.GetLength(handle);
            if (size > max) throw new InputChangedException(Path, $"{Path} grew past {max / (1024 * 1024)} MiB while the site was built");
            if (size > 0)
            {
                var bytes = new byte[size];
                var length = 0;
                while (length < size)
                {
                    var n = RandomAccess.Read(handle, bytes.AsSpan(length), length);
                    if (n == 0) return bytes[..length]; // shorter than when opened
                    length += n;
                }
                return bytes;
            }
        }
        using var lent = PooledBytes.Read(_fullPath!, max);
        return lent.ToArray();
    }

    /// <summary>The file's bytes lent from a pool (see <see cref="PooledBytes"/>): for a caller that hashes them and mostly drops them.</summary>
    public PooledBytes Lend() => _bytes is not null ? PooledBytes.Of(_bytes) : TooLargeSize is null ? PooledBytes.Read(_fullPath!) : PooledBytes.Of([]);

    /// <summary>The file's first bytes, at most <paramref name="count"/> (an image's header), without reading the rest.</summary>
    public byte[] Head(int count)
    {
        if (_bytes is not null) return _bytes.AsSpan(0, Math.Min(count, _bytes.Length)).ToArray();
        using var handle = File.OpenHandle(_fullPath!);
        var buffer = new byte[(int)Math.Min(count, Math.Max(RandomAccess.GetLength(handle), 0))];
        var length = 0;
        while (length < buffer.Length)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(length), length);
            if (n == 0) break;
            length += n;
        }
        return length == buffer.Length ? buffer : buffer[..length];
    }

    /// <summary>Lent as <see cref="Lend"/>, for a file published as it is: up to <see cref="MaxPublishedBytes"/>.</summary>
    public PooledBytes LendPublished() => _bytes is not null ? PooledBytes.Of(_bytes) : PooledBytes.Read(_fullPath!, MaxPublishedBytes);

    /// <summary>A hash of the bytes, computed on demand: what a cache keys this file's results on.</summary>
    public string Fingerprint => Text.Fingerprint.Of(Bytes);

    /// <summary>A file on disk at <paramref name="fullPath"/>, read only when its bytes are asked for.</summary>
    public static InputFile OnDisk(string path, string fullPath) => new(path, fullPath);

    /// <summary>A file on disk listed at <paramref name="size"/> bytes: past <see cref="MaxBytes"/> it is not read as text.</summary>
    public static InputFile OnDisk(string path, string fullPath, long size) =>
        new(path, fullPath) { TooLargeSize = size > MaxBytes ? size : null };

    public static InputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
