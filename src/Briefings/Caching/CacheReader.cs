using System.Buffers.Binary;
using System.Text;
using Briefings.Diagnostics;

namespace Briefings.Caching;

/// <summary>
/// Reads what <see cref="CacheWriter"/> wrote, from the whole file in memory (one read, then no stream calls per
/// value). A cache file is never trusted: anything out of shape throws <see cref="InvalidDataException"/> (a cut
/// file too), which <see cref="BuildCache"/> turns into a warning and a build without the cache.
/// </summary>
/// <param name="names">Where <see cref="ReadName"/> finds the strings it read before; without it, each is new.</param>
public sealed class CacheReader(byte[] bytes, int start, int end, StringTable? names = null)
{
    private int _position = start;
    private RecentNames _recent;

    public CacheReader(byte[] bytes) : this(bytes, 0, bytes.Length)
    {
    }

    public bool AtEnd => _position >= end;

    public int Position => _position;

    public int ReadFixedInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public void Skip(int count) => Take(count);

    public bool ReadBoolean() => Take(1)[0] switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("a malformed flag"),
    };

    public int ReadInt32()
    {
        var value = ReadInt64();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new InvalidDataException("a number out of range");
    }

    /// <summary>The 7-bit encoded form <see cref="BinaryWriter.Write7BitEncodedInt64"/> writes.</summary>
    public long ReadInt64()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = Take(1)[0];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return (long)result;
        }
        throw new InvalidDataException("a malformed number");
    }

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public UInt128 ReadUInt128()
    {
        var high = BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
        var low = BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
        return new UInt128(high, low);
    }

    public string ReadString()
    {
        var length = ReadInt32();
        if (length < 0) throw new InvalidDataException("a negative length");
        return length == 0 ? "" : Encoding.UTF8.GetString(Take(length));
    }

    /// <summary>A short string likely read many times in a build (a path, a tag, an id): one instance for all.</summary>
    public string ReadName()
    {
        if (names is null) return ReadString();
        var length = ReadInt32();
        if (length < 0) throw new InvalidDataException("a negative length");
        if (length == 0) return "";
        var start = _position;
        var utf8 = Take(length);
        if (_recent.Find(bytes, utf8) is { } known) return known;
        var name = names.Get(utf8);
        _recent.Remember(start, length, name);
        return name;
    }

    public string? ReadNullableString() => ReadBoolean() ? ReadString() : null;

    public string? ReadNullableName() => ReadBoolean() ? ReadName() : null;

    public DateOnly ReadDate()
    {
        var day = ReadInt32();
        if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber) throw new InvalidDataException("a date out of range");
        return DateOnly.FromDayNumber(day);
    }

    public DateOnly? ReadNullableDate() => ReadBoolean() ? ReadDate() : null;

    public Uri? ReadNullableUri() => ReadNullableString() is { } text
        ? Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw new InvalidDataException("a URL that does not parse")
        : null;

    public SourceLocation ReadLocation() => new(ReadName(), ReadInt32(), ReadInt32());

    public SourceLocation? ReadNullableLocation() => ReadBoolean() ? ReadLocation() : null;

    public Diagnostic ReadDiagnostic()
    {
        var severity = (Severity)Take(1)[0];
        if (!Enum.IsDefined(severity)) throw new InvalidDataException("an unknown severity");
        return new Diagnostic(severity, ReadName(), ReadString(), ReadNullableLocation());
    }

    public List<T> ReadList<T>(Func<CacheReader, T> read)
    {
        var count = ReadCount();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++) items.Add(read(this));
        return items;
    }

    /// <summary>A list read straight into an array: no list to copy from when the caller keeps an array.</summary>
    public T[] ReadArray<T>(Func<CacheReader, T> read)
    {
        var count = ReadCount();
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(this);
        return items;
    }

    private int ReadCount()
    {
        var count = ReadInt32();
        return count < 0 || count > end - _position ? throw new InvalidDataException("a list longer than its file") : count;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > end - _position) throw new InvalidDataException("the file ends too soon");
        var span = bytes.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
