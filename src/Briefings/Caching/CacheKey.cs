using System.Buffers;
using System.Diagnostics;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Briefings.Caching;

/// <summary>
/// Builds the 128-bit keys that name cache entries: a hash of every input an entry depends on, each added
/// with its length so that ("ab", "c") and ("a", "bc") differ.
/// </summary>
public sealed class CacheKey
{
    private readonly XxHash128 _hash = new();

    public CacheKey Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _hash.Append(bytes);
        return this;
    }

    public CacheKey Add(string? text)
    {
        if (text is null) return Add(-1);
        return Add(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    public CacheKey Add(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public CacheKey Add(bool value) => Add(value ? 1 : 0);

    public CacheKey Add(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public UInt128 Build() => _hash.GetCurrentHashAsUInt128();

    /// <summary>The key <c>new CacheKey().Add(kind).Add(text).Build()</c> makes, hashed in one pass over one buffer:
    /// no hasher made for each of the thousands of event summaries a build looks up.</summary>
    public static UInt128 Of(string kind, string text)
    {
        var length = 2 * sizeof(int) + (kind.Length + text.Length) * sizeof(char);
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            var buffer = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
            var rest = Put(Put(buffer, kind), text);
            Debug.Assert(rest.IsEmpty);
            return XxHash128.HashToUInt128(buffer);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // As Add(string) appends: the length in bytes, then the UTF-16 bytes.
    private static Span<byte> Put(Span<byte> buffer, string text)
    {
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        BitConverter.TryWriteBytes(buffer, bytes.Length);
        bytes.CopyTo(buffer[sizeof(int)..]);
        return buffer[(sizeof(int) + bytes.Length)..];
    }

    /// <summary>Stands for the tool itself: a new build of it (a new release, or a change while developing) makes a new cache.</summary>
    public static string ToolIdentity { get; } =
        $"{typeof(CacheKey).Assembly.GetName().Version} {typeof(CacheKey).Module.ModuleVersionId:N}";

}
