using System.Buffers.Binary;

namespace Briefings.Content;

/// <summary>
/// The width and height of a PNG, GIF, JPEG or WebP image, read from its header alone (never past
/// <see cref="MaxBytes"/>), so that a page can reserve an image's room before it loads. Anything else, or a header
/// that does not hold together, is null: an image without its size is shown all the same.
/// </summary>
public static class ImageHeader
{
    /// <summary>How far a header is looked for: a JPEG's size follows its metadata segments, rarely past a few KiB.</summary>
    public const int MaxBytes = 64 * 1024;

    public static (int Width, int Height)? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes) bytes = bytes[..MaxBytes];
        var size = bytes switch
        {
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) => Png(bytes),
            _ when bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8) => Gif(bytes),
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8]) => Jpeg(bytes),
            _ when bytes.StartsWith("RIFF"u8) && bytes.Length >= 16 && bytes[8..12].SequenceEqual("WEBP"u8) => WebP(bytes),
            _ => null,
        };
        return size is { Item1: > 0, Item2: > 0 } ? size : null;
    }

    private static (int, int)? Png(ReadOnlySpan<byte> b)
    {
        if (b.Length < 24 || !b[12..16].SequenceEqual("IHDR"u8)) return null;
        var width = BinaryPrimitives.ReadUInt32BigEndian(b[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(b[20..]);
        return width <= int.MaxValue && height <= int.MaxValue ? ((int)width, (int)height) : null;
    }

    private static (int, int)? Gif(ReadOnlySpan<byte> b) =>
        b.Length < 10 ? null : (BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]));

    /// <summary>Walks the segments to the first start-of-frame, which holds the size (the Exif orientation is not applied).</summary>
    private static (int, int)? Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; } // fill byte
            if (marker is 0x01 or 0xD8 or (>= 0xD0 and <= 0xD7)) { i += 2; continue; } // markers without a length
            if (marker is 0xD9 or 0xDA) return null; // the end, or the image data, before any frame
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (length < 2) return null;
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 9 > b.Length) return null;
                return (BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            }
            i += 2 + length;
        }
        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> b)
    {
        var chunk = b[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            if (b.Length < 30 || b[23] != 0x9D || b[24] != 0x01 || b[25] != 0x2A) return null;
            return (BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF);
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (b.Length < 25 || b[20] != 0x2F) return null;
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(b[21..]);
            return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
        {
            if (b.Length < 30) return null;
            return (1 + (b[24] | b[25] << 8 | b[26] << 16), 1 + (b[27] | b[28] << 8 | b[29] << 16));
        }
        return null;
    }
}
