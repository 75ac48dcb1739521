using System.Text;
using Briefings.Diagnostics;

namespace Briefings.Caching;

/// <summary>
/// Reads what <see cref="CacheWriter"/> wrote. A cache file is never trusted: anything out of shape throws
/// (<see cref="InvalidDataException"/>, or <see cref="EndOfStreamException"/> for a cut file), which
/// <see cref="BuildCache"/> turns into a warning and a build without the cache.
/// </summary>
public sealed class CacheReader(Stream stream) : IDisposable
{
    private readonly BinaryReader _reader = new(stream, Encoding.UTF8, leaveOpen: true);

    public bool ReadBoolean() => _reader.ReadBoolean();

    public int ReadInt32() => _reader.Read7BitEncodedInt();

    public long ReadInt64() => _reader.Read7BitEncodedInt64();

    public double ReadDouble() => _reader.ReadDouble();

    public UInt128 ReadUInt128() => new UInt128(_reader.ReadUInt64(), _reader.ReadUInt64());

    public string ReadString() => _reader.ReadString();

    public string? ReadNullableString() => ReadBoolean() ? ReadString() : null;

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

    public SourceLocation ReadLocation() => new(ReadString(), ReadInt32(), ReadInt32());

    public SourceLocation? ReadNullableLocation() => ReadBoolean() ? ReadLocation() : null;

    public Diagnostic ReadDiagnostic()
    {
        var severity = (Severity)_reader.ReadByte();
        if (!Enum.IsDefined(severity)) throw new InvalidDataException("an unknown severity");
        return new Diagnostic(severity, ReadString(), ReadString(), ReadNullableLocation());
    }

    public List<T> ReadList<T>(Func<CacheReader, T> read)
    {
        var count = ReadInt32();
        if (count < 0 || count > stream.Length) throw new InvalidDataException("a list longer than its file");
        var items = new List<T>(count);
        for (var i = 0; i < count; i++) items.Add(read(this));
        return items;
    }

    public byte[] ReadBytes()
    {
        var count = ReadInt32();
        if (count < 0 || count > stream.Length - stream.Position) throw new InvalidDataException("bytes past the end of the file");
        return _reader.ReadBytes(count);
    }

    public bool AtEnd => stream.Position >= stream.Length;

    public void Dispose() => _reader.Dispose();
}
