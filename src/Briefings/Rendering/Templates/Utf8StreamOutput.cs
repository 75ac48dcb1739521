using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Briefings.Rendering.Templates;

/// <summary>
/// A page's Scriban output: text encoded to UTF-8 straight into one pooled buffer, written to the file
/// whenever it fills. It replaces a <c>StreamWriter</c> behind Scriban's <c>TextWriterOutput</c>, which
/// cost every page its own char and byte buffers (about 160 KB, most of the build's allocations) and every
/// partial write a substring.
/// </summary>
public sealed class Utf8StreamOutput(Stream stream) : IScriptOutput, IDisposable
{
    private const int BufferSize = 64 * 1024;
    // The encoder keeps a high surrogate that ends one write for the low one that starts the next.
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;
    // Whether the encoder holds the high surrogate that ended the last write.
    private bool _surrogatePending;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text.AsSpan(offset, count));
        return ValueTask.CompletedTask;
    }

    public void Write(ReadOnlySpan<char> text)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(Utf8StreamOutput));
        if (text.IsEmpty) return;
        // Most writes are a few characters: encoded in one call when they fit and no surrogate pair spans two writes,
        // which is what the encoder is for (Encoding.UTF8 replaces a lone surrogate with U+FFFD as it does).
        var endsInHighSurrogate = char.IsHighSurrogate(text[^1]);
        if (!_surrogatePending && !endsInHighSurrogate && buffer.Length - _length >= (text.Length + 1) * 3)
        {
            _length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(_length));
            return;
        }
        _surrogatePending = endsInHighSurrogate;
        while (true)
        {
            // Room for at least one whole character (4 bytes, or 6 with a pending surrogate), or the encoder throws.
            if (buffer.Length - _length < 16) Flush();
            _encoder.Convert(text, buffer.AsSpan(_length), flush: false, out var charsUsed, out var bytesUsed, out _);
            _length += bytesUsed;
            text = text[charsUsed..];
            if (text.IsEmpty) return;
        }
    }

    /// <summary>Writes what the buffer holds to the stream.</summary>
    public void Flush()
    {
        if (_buffer is null || _length == 0) return;
        stream.Write(_buffer, 0, _length);
        _length = 0;
    }

    /// <summary>Writes what is left (and a lone high surrogate as U+FFFD, as a <c>StreamWriter</c> would), then returns the buffer; the stream stays open.</summary>
    public void Dispose()
    {
        if (_buffer is null) return;
        if (_buffer.Length - _length < 16) Flush();
        _encoder.Convert(ReadOnlySpan<char>.Empty, _buffer.AsSpan(_length), flush: true, out _, out var bytesUsed, out _);
        _length += bytesUsed;
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
    }

    public override string ToString() => "(the page's file)";
}
