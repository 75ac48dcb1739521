using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// Decodes input files as strict UTF-8. A Latin-1 or binary file is reported with the byte offset
/// of the first bad sequence instead of turning into mojibake in the output. Text comes out in Unicode's composed form
/// (NFC), whatever the editor wrote: <c>e</c> + U+0301, as macOS writes it, is <c>é</c> as everywhere else, so
/// tags, slugs and glossary terms written either way are the same.
/// </summary>
public static class TextDecoder
{
    public static SourceText? Decode(InputFile file, DiagnosticBag diagnostics)
    {
        if (file.TooLargeSize is { } size)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.FileStart(file.Path),
                $"this file is {size / (1024 * 1024):N0} MiB, more than the {InputFile.MaxBytes / (1024 * 1024)} MiB a site file may have");
            return null;
        }
        // Read once: a file on disk is read again at every call of Bytes.
        var all = file.Bytes;
        var bytes = WithoutByteOrderMark(all);

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(DiagnosticCodes.NotUtf8, SourceLocation.FileStart(file.Path),
                $"this is not a text file (a NUL byte at byte offset {nul + (all.Length - bytes.Length)})");
            return null;
        }

        // One pass that checks and converts (Encoding.GetString checks the whole file first, then converts it; with
        // accented text the conversion cannot take its ASCII fast path, so the first pass was a third of the time).
        string text;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                var offset = read + (all.Length - bytes.Length);
                diagnostics.Error(DiagnosticCodes.NotUtf8, SourceLocation.FileStart(file.Path),
                    $"this file is not UTF-8 text (invalid byte 0x{bytes[read]:X2} at byte offset {offset}); save it as UTF-8");
                return null;
            }
            text = new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        return new SourceText(file.Path, Composed(WithLineFeeds(text)));
    }

    /// <summary>
    /// The text of a file that <see cref="Decode"/> accepted with these very bytes (the cache knows them by their
    /// <see cref="System.IO.Hashing.XxHash128"/> hash), decoded the same way whenever it is needed, and held weakly.
    /// Bytes that are no longer those (the file changed during the build) are not silently taken for them.
    /// </summary>
    public static SourceText DecodeLater(InputFile file, UInt128 hash, string? decoded = null) => new(file.Path, () =>
    {
        var bytes = file.Bytes;
        if (System.IO.Hashing.XxHash128.HashToUInt128(bytes) != hash) throw new InputChangedException(file.Path);
        return Composed(WithLineFeeds(System.Text.Encoding.UTF8.GetString(WithoutByteOrderMark(bytes))));
    }, decoded);

    private static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes;

    /// <summary>NFC, checked first since nearly every file already is (the check is one pass and copies nothing).</summary>
    /// <remarks>.NET refuses to normalise text holding a noncharacter (U+FFFE): such text is normalised around them.</remarks>
    public static string Composed(string text)
    {
        try
        {
            if (text.IsNormalized(NormalizationForm.FormC)) return text;
            return HasMarkAfterEscape(text) ? ComposedKeepingEscapes(text) : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return ComposedAroundNoncharacters(text);
        }
    }

    /// <summary>
    /// YAML's escapes end in a letter or a hex digit (<c>\n</c>, <c>\x4a</c>): a combining mark written right after one
    /// (a line break, then U+0303) must not compose with it, or <c>\n</c> becomes <c>\ñ</c>, an escape that does not exist.
    /// Such text is composed in pieces cut before each such mark.
    /// </summary>
    private static string ComposedKeepingEscapes(string text)
    {
        var composed = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (!IsMarkAfterEscape(text, i)) continue;
            composed.Append(text[start..i].Normalize(NormalizationForm.FormC));
            start = i;
        }
        return composed.Append(text[start..].Normalize(NormalizationForm.FormC)).ToString();
    }

    private static bool HasMarkAfterEscape(string text)
    {
        for (var i = text.IndexOf('\\') + 2; i > 1 && i < text.Length; i++)
        {
            if (IsMarkAfterEscape(text, i)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/>[<paramref name="i"/>] is a combining mark right after a backslash escape's last character.</summary>
    private static bool IsMarkAfterEscape(string text, int i)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(text, i) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)) return false;
        if (!char.IsAsciiLetterOrDigit(text[i - 1])) return false;
        if (i >= 2 && text[i - 2] == '\\') return true;
        // \x4a, \u00e9, \U0001F600: hex digits back to their escape.
        var j = i - 1;
        while (j > 0 && i - j <= 8 && char.IsAsciiHexDigit(text[j])) j--;
        return j >= 1 && text[j] is 'x' or 'u' or 'U' && text[j - 1] == '\\';
    }

    private static string ComposedAroundNoncharacters(string text)
    {
        var composed = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(c is '\uFFFE' or '\uFFFF' or >= '\uFDD0' and <= '\uFDEF' || char.IsSurrogate(c))) continue;
            composed.Append(Piece(text[start..i])).Append(c);
            start = i + 1;
        }
        return composed.Append(Piece(text[start..])).ToString();

        static string Piece(string piece)
        {
            try { return piece.Normalize(NormalizationForm.FormC); }
            catch (ArgumentException) { return piece; }
        }
    }

    /// <summary>CRLF and lone CR become LF, so that every later stage sees one kind of line end.</summary>
    private static string WithLineFeeds(string text) => text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
}
