using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Briefings.Rendering;

/// <summary>
/// Bytes gathered for one hash, each value written with its length so that ("ab", "c") and ("a", "bc") differ,
/// then hashed in one call: far cheaper than feeding a hash many tiny pieces.
/// </summary>
public sealed class HashInput
{
    private readonly ArrayBufferWriter<byte> _bytes = new(256);

    public HashInput Add(string? text)
    {
        if (text is null) return Add(-1);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        Add(bytes.Length);
        _bytes.Write(bytes);
        return this;
    }

    public HashInput Add(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_bytes.GetSpan(4), value);
        _bytes.Advance(4);
        return this;
    }

    public HashInput Add(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_bytes.GetSpan(8), value);
        _bytes.Advance(8);
        return this;
    }

    public HashInput Add(UInt128 value)
    {
        BinaryPrimitives.WriteUInt128LittleEndian(_bytes.GetSpan(16), value);
        _bytes.Advance(16);
        return this;
    }

    /// <summary>Empties it for the next hash, keeping its buffer: one per thread serves every page.</summary>
    public HashInput Reset()
    {
        _bytes.ResetWrittenCount();
        return this;
    }

    public UInt128 Hash() => XxHash128.HashToUInt128(_bytes.WrittenSpan);
}
