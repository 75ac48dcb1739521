using System.Collections.Concurrent;
using System.IO.Hashing;

namespace Briefings.Caching;

/// <summary>
/// One kind of cache entry. The entries on disk are only located when the cache opens, and read when a build
/// asks for one (on every core, in the stage that needs it). Each entry carries a hash of its bytes: one that
/// does not match, or does not read back, is a miss (and counted as damaged), never trusted. Saving copies the
/// bytes of the entries used again (in runs, as they lie in the old index) and writes only the new ones.
/// </summary>
internal sealed class CacheSection<T>(Func<CacheReader, T> read, Action<CacheWriter, T> write, StringTable names, Func<T, bool>? usable = null)
    where T : class
{
    /// <summary>An entry of the old index: where its record starts (its key), and where its bytes are.</summary>
    private readonly record struct Slot(UInt128 Key, int Record, int Start, int Length, ulong Hash)
    {
        public int End => Start + Length;
    }

    private readonly Dictionary<UInt128, int> _index = [];
    private readonly List<Slot> _slots = [];
    // What each slot read back as this build, null while unread: an array write, where a map of used entries cost a node each.
    private T?[] _read = [];
    private readonly ConcurrentDictionary<UInt128, T> _fresh = new();
    private byte[]? _raw;
    private int _damaged;

    /// <summary>Whether saving would write anything other than what is on disk.</summary>
    public bool Changed => !_fresh.IsEmpty || Reused().Count() != _slots.Count;

    /// <summary>Every entry this build read or kept: what saving writes.</summary>
    public IEnumerable<KeyValuePair<UInt128, T>> Used =>
        Reused().Select(i => new KeyValuePair<UInt128, T>(_slots[i].Key, _read[i]!)).Concat(_fresh);

    /// <summary>Entries found on disk whose bytes were not what their hash says, or did not read back.</summary>
    public int Damaged => _damaged;

    /// <summary>Locates the section's entries in <paramref name="raw"/> (each a key, a hash, a length and its bytes).</summary>
    public void Locate(CacheReader reader, byte[] raw)
    {
        _raw = raw;
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("a negative count");
        // Each entry takes more than 16 bytes: a count beyond that is damage, not a size to make room for.
        var room = Math.Min(count, raw.Length / 16);
        _index.EnsureCapacity(room);
        _slots.Capacity = room;
        for (var i = 0; i < count; i++)
        {
            var record = reader.Position;
            var key = reader.ReadUInt128();
            var hash = (ulong)reader.ReadInt64();
            var length = reader.ReadFixedInt32();
            _index[key] = _slots.Count;
            _slots.Add(new Slot(key, record, reader.Position, length, hash));
            reader.Skip(length);
        }
        _read = new T?[_slots.Count];
    }

    /// <summary>Lets go of the index file's bytes once the stages that read entries are done: a large site's index is
    /// hundreds of megabytes that rendering does not need. Saving copies from the file (the lock keeps it as it was).</summary>
    public void Release() => _raw = null;

    public bool TryGet(UInt128 key, out T value)
    {
        if (!_fresh.IsEmpty && _fresh.TryGetValue(key, out value!)) return true;
        value = default!;
        if (!_index.TryGetValue(key, out var i)) return false;
        if (Volatile.Read(ref _read[i]) is { } known)
        {
            value = known;
            return true;
        }
        var raw = _raw;
        if (raw is null) return false;
        var at = _slots[i];
        try
        {
            if (XxHash3.HashToUInt64(raw.AsSpan(at.Start, at.Length)) != at.Hash) return Damage();
            var reader = new CacheReader(raw, at.Start, at.End, names);
            value = read(reader);
            if (!reader.AtEnd) return Damage();
            if (usable is not null && !usable(value)) return Damage();
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or OverflowException or FormatException)
        {
            return Damage();
        }
        Volatile.Write(ref _read[i], value);
        return true;
    }

    private bool Damage()
    {
        Interlocked.Increment(ref _damaged);
        return false;
    }

    public void Keep(UInt128 key, T value) => _fresh[key] = value;

    public void Write(CacheWriter writer, IndexBytes old)
    {
        var reused = Reused().ToList();
        writer.Write(reused.Count + _fresh.Count);
        // Entries read back lie in the old index in the order they are written again: consecutive ones are one copy.
        for (var r = 0; r < reused.Count;)
        {
            var first = _slots[reused[r]];
            var end = first.End;
            for (r++; r < reused.Count && _slots[reused[r]].Record == end; r++) end = _slots[reused[r]].End;
            old.CopyTo(writer, first.Record, end - first.Record);
        }
        using var buffer = new MemoryStream();
        using var entry = new CacheWriter(buffer);
        foreach (var (key, value) in _fresh)
        {
            buffer.SetLength(0);
            write(entry, value);
            entry.Flush();
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            writer.Write(key);
            writer.Write((long)XxHash3.HashToUInt64(bytes));
            writer.WriteFixed(bytes.Length);
            writer.WriteRaw(bytes);
        }
    }

    /// <summary>The slots read back this build and not replaced by a kept entry, in file order.</summary>
    private IEnumerable<int> Reused()
    {
        for (var i = 0; i < _slots.Count; i++)
        {
            if (_read[i] is not null && (_fresh.IsEmpty || !_fresh.ContainsKey(_slots[i].Key))) yield return i;
        }
    }
}
