using System.Buffers.Binary;
using System.IO.Compression;
using Briefings.Content;
using Briefings.Tests.Support;
using CsCheck;

namespace Briefings.Tests.Trust;

/// <summary>Local images get their width and height from their header, so pages do not shift while they load; any bytes are safe.</summary>
public sealed class ImageSizeTests
{
    /// <summary>A real PNG of the given size, as a drawing program writes it.</summary>
    public static byte[] Png(int width, int height)
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var chunk = new byte[12 + data.Length];
            BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
            System.Text.Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
            data.CopyTo(chunk, 8);
            BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), System.IO.Hashing.Crc32.HashToUInt32(chunk.AsSpan(4, 4 + data.Length)));
            return chunk;
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // 8 bits per sample, greyscale
        using var pixels = new MemoryStream();
        using (var z = new ZLibStream(pixels, CompressionLevel.Optimal)) z.Write(new byte[(width + 1) * height]);
        return [0x89, .. "PNG\r\n\x1a\n"u8, .. Chunk("IHDR", header), .. Chunk("IDAT", pixels.ToArray()), .. Chunk("IEND", [])];
    }

    [Fact]
    public void Each_format_gives_its_size()
    {
        Assert.Equal((150, 75), ImageHeader.Read(Png(150, 75)));
        Assert.Equal((300, 200), ImageHeader.Read([.. "GIF89a"u8, 0x2C, 0x01, 0xC8, 0x00, 0, 0, 0]));
        // JPEG: an APP0 segment, then a baseline frame 480 high and 640 wide.
        Assert.Equal((640, 480), ImageHeader.Read([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0, 0, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03]));
        // WebP lossless: 14 bits of width - 1, then 14 of height - 1.
        var bits = (uint)(99 | (49 << 14));
        Assert.Equal((100, 50), ImageHeader.Read([.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8L"u8, 0, 0, 0, 0, 0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24)]));
        Assert.Equal((1000, 2), ImageHeader.Read([.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8X"u8, 0, 0, 0, 0, 0, 0, 0, 0, 0xE7, 0x03, 0, 0x01, 0, 0]));
        Assert.Null(ImageHeader.Read("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8));
        Assert.Null(ImageHeader.Read([0x89, (byte)'P', (byte)'N', (byte)'G']));
    }

    [Fact]
    public void Any_bytes_give_a_size_or_none_never_an_exception_and_nothing_past_64_KiB_counts()
    {
        var prefixes = Gen.OneOf(Gen.Const(Array.Empty<byte>()), Gen.Const(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
            Gen.Const("GIF89a"u8.ToArray()), Gen.Const(new byte[] { 0xFF, 0xD8 }), Gen.Const("RIFF\0\0\0\0WEBPVP8 "u8.ToArray()),
            Gen.Const("RIFF\0\0\0\0WEBPVP8L"u8.ToArray()), Gen.Const("RIFF\0\0\0\0WEBPVP8X"u8.ToArray()));
        Gen.Select(prefixes, Gen.Byte.Array[0, 100]).Sample((prefix, rest) =>
        {
            var size = ImageHeader.Read([.. prefix, .. rest]);
            return size is null or { Width: > 0, Height: > 0 };
        }, iter: 20_000);
        // A JPEG whose segments run past 64 KiB: what lies beyond is never looked at.
        Gen.Byte.Array[70_000].Sample(bytes =>
        {
            bytes[0] = 0xFF;
            bytes[1] = 0xD8;
            return Equals(ImageHeader.Read(bytes), ImageHeader.Read(bytes.AsSpan(0, ImageHeader.MaxBytes)));
        }, iter: 200);
    }

    [Fact]
    public void A_bundle_image_gets_its_width_and_height_on_the_page()
    {
        var output = new Briefings.Output.MemoryOutput();
        var input = new SiteInput([
            InputFile.FromText("content/site.yml", TestSite.MinimalConfig),
            InputFile.FromText("content/briefings/trip/index.md", TestSite.Briefing("title: Trip\ndate: 2022-01-01", "![La carte](carte.png) ![Le plan](plan.svg)")),
            new InputFile("content/briefings/trip/carte.png", Png(150, 75)),
            InputFile.FromText("content/briefings/trip/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
        ]);
        var result = SiteBuilder.Build(input, Configuration.BuildOptions.Default, output);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = output.Text("briefings/trip/index.html");
        Assert.Contains("<img src=\"carte.png\" width=\"150\" height=\"75\" alt=\"La carte\" />", page);
        Assert.Contains("<img src=\"plan.svg\" alt=\"Le plan\" />", page);
    }
}
