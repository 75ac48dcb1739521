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

    public static UInt128 Of(string kind, string text) => new CacheKey().Add(kind).Add(text).Build();

    /// <summary>Stands for the tool itself: a new build of it (a new release, or a change while developing) makes a new cache.</summary>
    public static string ToolIdentity { get; } =
        $"{typeof(CacheKey).Assembly.GetName().Version} {typeof(CacheKey).Module.ModuleVersionId:N}";

}
