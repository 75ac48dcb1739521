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

    /// <summary>
    /// The whole file as it is now (it may have changed since it was listed): up to the size it has when opened, or,
    /// when that size says nothing (0, as in /proc), to its end; never more than <paramref name="max"/> bytes, whatever
    /// the file says of itself (a file past it, or growing past it while read, is an <see cref="InputChangedException"/>).
    /// </summary>
    public static PooledBytes Read(string path, long max = InputFile.MaxBytes)
    {
        using var handle = File.OpenHandle(path);
        var size = RandomAccess.GetLength(handle);
        if (size > max) throw new InputChangedException(path, $"{path} grew past {max / (1024 * 1024)} MiB while the site was built");
        var buffer = ArrayPool<byte>.Shared.Rent(size == 0 ? 4096 : (int)size);
        var length = 0;
        try
        {
            // A file read to its size is not asked once more whether it ended: a syscall less for each of a site's files.
            while (size == 0 || length < size)
            {
                if (length == buffer.Length)
                {
                    if (length > max) throw new InputChangedException(path, $"{path} holds more than the {max / (1024 * 1024)} MiB a site file may have");
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, max + 1));
                    buffer.AsSpan().CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var n = RandomAccess.Read(handle, buffer.AsSpan(length, (int)Math.Min(buffer.Length - length, size == 0 ? max + 1 - length : size - length)), length);
                if (n == 0) break;
                length += n;
                if (length > max) throw new InputChangedException(path, $"{path} holds more than the {max / (1024 * 1024)} MiB a site file may have");
            }
            return new(buffer, length, pooled: true);
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
