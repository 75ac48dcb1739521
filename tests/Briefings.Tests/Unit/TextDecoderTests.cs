using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Tests.Unit;

public sealed class TextDecoderTests
{
    [Fact]
    public void Accepts_a_byte_order_mark_and_crlf_silently()
    {
        var bag = new DiagnosticBag();
        var text = TextDecoder.Decode(new InputFile("a.yml", [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\r', (byte)'\n', (byte)'b']), bag);
        Assert.Equal("a\nb", text!.Text);
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void Reports_latin1_with_the_byte_offset()
    {
        var bag = new DiagnosticBag();
        var latin1 = System.Text.Encoding.Latin1.GetBytes("title: Bélarus");
        Assert.Null(TextDecoder.Decode(new InputFile("content/x.yml", latin1), bag));
        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Equal("content/x.yml:1:1: error ENC001: this file is not UTF-8 text (invalid byte 0xE9 at byte offset 8); save it as UTF-8", diagnostic.ToString());
    }

    [Fact]
    public void Reports_binary_files()
    {
        var bag = new DiagnosticBag();
        Assert.Null(TextDecoder.Decode(new InputFile("content/x.md", [0x89, 0x50, 0x4E, 0x47, 0, 1]), bag));
        Assert.Contains("NUL byte at byte offset 4", Assert.Single(bag.ToSortedList()).Message);
    }
}
