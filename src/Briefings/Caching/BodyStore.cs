using System.IO.Hashing;
using System.Text;

namespace Briefings.Caching;

/// <summary>
/// The processed bodies' HTML, appended to one file of the cache (<c>bodies.dat</c>) and read back by offset
/// when a page writes its body, so that a build of 100,000 briefings does not hold every body in memory.
/// Appending never changes what an older index points at, so a build killed midway leaves a usable store.
/// </summary>
public sealed class BodyStore : IDisposable
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly FileStream _file;
    private readonly Lock _append = new();
    private long _end;
    // The length the store had when opened: an entry of an earlier build lies within it. Checked against the growing
    // end instead, an entry of a store cut short could seem held again once this build had appended enough.
    private readonly long _opened;

    private BodyStore(string path, FileStream file)
    {
        Path = path;
        _file = file;
        _end = file.Length;
        _opened = _end;
    }

    /// <summary>Where one body's HTML is: offset and length in bytes, and a hash that a read checks.</summary>
    public readonly record struct Entry(long Offset, int Length, ulong Hash);

    public string Path { get; }

    public long Length => _end;

    /// <summary>Opens (or creates) the store; the build holds it open for appending and reading.</summary>
    public static BodyStore Open(string path) =>
        new(path, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None));

    /// <summary>Copies the given entries into a new store at <paramref name="path"/>, for compaction: returns their new places.</summary>
    public Dictionary<Entry, Entry> CopyTo(string path, IEnumerable<Entry> entries)
    {
        var moved = new Dictionary<Entry, Entry>();
        using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        foreach (var entry in entries)
        {
            if (moved.ContainsKey(entry)) continue;
            var bytes = ReadBytes(entry);
            moved[entry] = new Entry(target.Position, entry.Length, entry.Hash);
            target.Write(bytes);
        }
        target.Flush(flushToDisk: true);
        return moved;
    }

    /// <summary>Whether an entry from the index lies inside the file, before trusting it.</summary>
    public bool Holds(Entry entry) => entry.Offset >= 0 && entry.Length >= 0 && entry.Offset + entry.Length <= _opened;

    /// <summary>Appends <paramref name="html"/>; null when it cannot be stored as UTF-8 (a body with more than 55,000 links), to be kept in memory instead.</summary>
    public Entry? Append(string html)
    {
        byte[] bytes;
        try
        {
            bytes = Strict.GetBytes(html);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
        var hash = XxHash3.HashToUInt64(bytes);
        lock (_append)
        {
            var offset = _end;
            RandomAccess.Write(_file.SafeFileHandle, bytes, offset);
            _end += bytes.Length;
            return new Entry(offset, bytes.Length, hash);
        }
    }

    public string Read(Entry entry) => Encoding.UTF8.GetString(ReadBytes(entry));

    private byte[] ReadBytes(Entry entry)
    {
        var bytes = new byte[entry.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(_file.SafeFileHandle, bytes.AsSpan(read), entry.Offset + read);
            if (n == 0) break;
            read += n;
        }
        if (read != bytes.Length || XxHash3.HashToUInt64(bytes) != entry.Hash)
        {
            throw new CacheChangedException($"{Path} changed while the site was built");
        }
        return bytes;
    }

    public void Dispose() => _file.Dispose();
}
