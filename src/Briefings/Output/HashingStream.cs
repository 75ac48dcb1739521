using System.IO.Hashing;

namespace Briefings.Output;

/// <summary>Writes through to a file while hashing what passes, and tells the hash and length when closed: the manifest's record of the file's bytes.</summary>
public sealed class HashingStream(Stream inner, Action<ulong, long> closed) : Stream
{
    private readonly XxHash3 _hash = new();
    private long _length;
    private bool _closed;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        _hash.Append(buffer);
        _length += buffer.Length;
    }

    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closed)
        {
            _closed = true;
            inner.Dispose();
            closed(_hash.GetCurrentHashAsUInt64(), _length);
        }
        base.Dispose(disposing);
    }
}
