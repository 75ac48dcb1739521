using System.Text;
using Briefings.Diagnostics;

namespace Briefings.Caching;

/// <summary>Writes cache records in a small binary form: explicit, fast, and with no reflection (the tool is Native AOT).</summary>
public sealed class CacheWriter(Stream stream) : IDisposable
{
    private readonly BinaryWriter _writer = new(stream, Encoding.UTF8, leaveOpen: true);

    public void Write(bool value) => _writer.Write(value);

    public void Write(int value) => _writer.Write7BitEncodedInt(value);

    public void Write(long value) => _writer.Write7BitEncodedInt64(value);

    public void Write(double value) => _writer.Write(value);

    public void Write(UInt128 value)
    {
        _writer.Write((ulong)(value >> 64));
        _writer.Write((ulong)value);
    }

    public void Write(string value) => _writer.Write(value);

    public void WriteNullable(string? value)
    {
        _writer.Write(value is not null);
        if (value is not null) _writer.Write(value);
    }

    public void Write(DateOnly value) => _writer.Write7BitEncodedInt(value.DayNumber);

    public void WriteNullable(DateOnly? value)
    {
        _writer.Write(value is not null);
        if (value is { } date) Write(date);
    }

    public void WriteNullable(Uri? value) => WriteNullable(value?.OriginalString);

    public void Write(SourceLocation location)
    {
        _writer.Write(location.Path);
        _writer.Write7BitEncodedInt(location.Line);
        _writer.Write7BitEncodedInt(location.Column);
    }

    public void WriteNullable(SourceLocation? location)
    {
        _writer.Write(location is not null);
        if (location is { } at) Write(at);
    }

    public void Write(Diagnostic diagnostic)
    {
        _writer.Write((byte)diagnostic.Severity);
        _writer.Write(diagnostic.Code);
        _writer.Write(diagnostic.Message);
        WriteNullable(diagnostic.Location);
    }

    public void Write<T>(IReadOnlyCollection<T> items, Action<CacheWriter, T> write)
    {
        _writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items) write(this, item);
    }

    public void WriteFixed(int value) => _writer.Write(value);

    public void WriteRaw(ReadOnlySpan<byte> bytes) => _writer.Write(bytes);

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}
