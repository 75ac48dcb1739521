using System.Collections.Concurrent;
using System.IO.Hashing;

namespace Briefings.Caching;

/// <summary>
/// One kind of cache entry. The entries on disk are only located when the cache opens, and read when a build
/// asks for one (on every core, in the stage that needs it). Each entry carries a hash of its bytes: one that
/// does not match, or does not read back, is a miss (and counted as damaged), never trusted. Saving copies the bytes of the entries used again and writes only the new ones.
/// </summary>
internal sealed class CacheSection<T>(Func<CacheReader, T> read, Action<CacheWriter, T> write, Func<T, bool>? usable = null)
{
    private readonly Dictionary<UInt128, (int Start, int Length, ulong Hash)> _onDisk = [];
    private int _damaged;
    private readonly ConcurrentDictionary<UInt128, T> _used = new();
    private readonly ConcurrentDictionary<UInt128, bool> _fresh = new();
    private byte[]? _raw;
    private Func<byte[]>? _reload;

    /// <summary>Whether saving would write anything other than what is on disk.</summary>
    public bool Changed => !_fresh.IsEmpty || _used.Count != _onDisk.Count;

    public IEnumerable<KeyValuePair<UInt128, T>> Used => _used;

    /// <summary>Entries found on disk whose bytes were not what their hash says, or did not read back.</summary>
    public int Damaged => _damaged;

    /// <summary>Locates the section's entries in <paramref name="raw"/> (each a key, a hash, a length and its bytes);
    /// <paramref name="reload"/> reads the same file again after <see cref="Release"/>.</summary>
    public void Locate(CacheReader reader, byte[] raw, Func<byte[]> reload)
    {
        _raw = raw;
        _reload = reload;
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("a negative count");
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt128();
            var hash = (ulong)reader.ReadInt64();
            var length = reader.ReadFixedInt32();
            _onDisk[key] = (reader.Position, length, hash);
            reader.Skip(length);
        }
    }

    /// <summary>Lets go of the index file's bytes once the stages that read entries are done: a large site's index is
    /// hundreds of megabytes that rendering does not need. Saving reads the file again (the lock keeps it as it was).</summary>
    public void Release() => _raw = null;

    public bool TryGet(UInt128 key, out T value)
    {
        if (_used.TryGetValue(key, out value!)) return true;
        if (!_onDisk.TryGetValue(key, out var at) || _raw is null) return false;
        try
        {
            if (XxHash3.HashToUInt64(_raw.AsSpan(at.Start, at.Length)) != at.Hash) return Damage();
            var reader = new CacheReader(_raw, at.Start, at.Start + at.Length);
            value = read(reader);
            if (!reader.AtEnd) return Damage();
            if (usable is not null && !usable(value)) return Damage();
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or OverflowException or FormatException)
        {
            return Damage();
        }
        _used[key] = value;
        return true;
    }

    private bool Damage()
    {
        Interlocked.Increment(ref _damaged);
        return false;
    }

    public void Keep(UInt128 key, T value)
    {
        _used[key] = value;
        _fresh[key] = true;
    }

    public void Write(CacheWriter writer)
    {
        var raw = _raw ??= _reload?.Invoke() ?? [];
        writer.Write(_used.Count);
        using var buffer = new MemoryStream();
        using var entry = new CacheWriter(buffer);
        foreach (var (key, value) in _used)
        {
            writer.Write(key);
            if (!_fresh.ContainsKey(key) && _onDisk.TryGetValue(key, out var at))
            {
                writer.Write((long)at.Hash);
                writer.WriteFixed(at.Length);
                writer.WriteRaw(raw.AsSpan(at.Start, at.Length));
                continue;
            }
            buffer.SetLength(0);
            write(entry, value);
            entry.Flush();
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            writer.Write((long)XxHash3.HashToUInt64(bytes));
            writer.WriteFixed(bytes.Length);
            writer.WriteRaw(bytes);
        }
    }
}
