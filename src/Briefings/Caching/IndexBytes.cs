using System.Buffers;

namespace Briefings.Caching;

/// <summary>
/// The index file as the build opened it, for saving: entries used again are copied from it as they are, in runs,
/// from memory while the build still holds it, else from the file (which the cache's lock keeps as it was), so a
/// save neither decodes them nor reads the whole file back into one array.
/// </summary>
internal sealed class IndexBytes(string path, byte[]? raw) : IDisposable
{
    private FileStream? _file;

    public void CopyTo(CacheWriter writer, int start, int length)
    {
        if (raw is not null)
        {
            writer.WriteRaw(raw.AsSpan(start, length));
            return;
        }
        _file ??= new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(length, 1 << 20));
        try
        {
            var done = 0;
            while (done < length)
            {
                var n = RandomAccess.Read(_file.SafeFileHandle, buffer.AsSpan(0, Math.Min(buffer.Length, length - done)), start + done);
                if (n == 0) throw new CacheChangedException($"{path} changed while the site was built");
                writer.WriteRaw(buffer.AsSpan(0, n));
                done += n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose() => _file?.Dispose();
}
