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

    [Theory]
    [InlineData("61E282", "0xE2 at byte offset 1")] // a sequence cut short by the end of the file
    [InlineData("616280", "0x80 at byte offset 2")] // a continuation byte alone
    [InlineData("EDA080", "0xED at byte offset 0")] // a surrogate, which UTF-8 cannot encode
    [InlineData("C0AF", "0xC0 at byte offset 0")] // an overlong form
    [InlineData("EFBBBFF09F9880C328", "0xC3 at byte offset 7")] // after a byte order mark and a whole emoji
    public void Reports_the_first_byte_of_the_first_bad_sequence(string hex, string expected)
    {
        var bag = new DiagnosticBag();
        Assert.Null(TextDecoder.Decode(new InputFile("content/x.md", Convert.FromHexString(hex)), bag));
        Assert.Contains($"(invalid byte {expected})", Assert.Single(bag.ToSortedList()).Message);
    }

    [Fact]
    public void Decodes_accented_text_of_every_length()
    {
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? "é" : i % 11 == 0 ? "🙂" : "a"));
        for (var length = 0; length <= text.Length; length += 13)
        {
            var bag = new DiagnosticBag();
            var part = text[..length].TrimEnd('\uD83D');
            Assert.Equal(part, TextDecoder.Decode(new InputFile("a.md", System.Text.Encoding.UTF8.GetBytes(part)), bag)!.Text);
        }
    }

    [Fact]
    public void Reports_binary_files()
    {
        var bag = new DiagnosticBag();
        Assert.Null(TextDecoder.Decode(new InputFile("content/x.md", [0x89, 0x50, 0x4E, 0x47, 0, 1]), bag));
        Assert.Contains("NUL byte at byte offset 4", Assert.Single(bag.ToSortedList()).Message);
    }
}
