using System.Buffers;

namespace Briefings.Content;

/// <summary>
/// A file's bytes in a buffer lent by the shared pool, for a caller that hashes them and, most often (the cache
/// knows the file), needs them no more: a rebuild of a large site then reads its files without allocating their size.
/// </summary>
public readonly struct PooledBytes : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _length;
    private readonly bool _pooled;

    private PooledBytes(byte[] buffer, int length, bool pooled)
    {
        _buffer = buffer;
        _length = length;
        _pooled = pooled;
    }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    /// <summary>Bytes already in memory: lent as they are, not pooled.</summary>
    public static PooledBytes Of(byte[] bytes) => new(bytes, bytes.Length, pooled: false);

    /// <summary>The whole file as it is now (it may have grown since it was listed).</summary>
    public static PooledBytes Read(string path)
    {
        using var handle = File.OpenHandle(path);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(RandomAccess.GetLength(handle) + 1, Array.MaxLength));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan().CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var n = RandomAccess.Read(handle, buffer.AsSpan(length), length);
                if (n == 0) return new(buffer, length, pooled: true);
                length += n;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>A copy to keep (the pooled buffer goes back when this is disposed).</summary>
    public byte[] ToArray() => Span.ToArray();

    public void Dispose()
    {
        if (_pooled) ArrayPool<byte>.Shared.Return(_buffer);
    }
}
