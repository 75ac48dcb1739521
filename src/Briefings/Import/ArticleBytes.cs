using System.Text;

namespace Briefings.Import;

/// <summary>An article's bytes as text: strict UTF-8 (a Latin-1 file is refused, not turned into mojibake), no NUL.</summary>
public static class ArticleBytes
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text (without a byte order mark), or null and the rest of a message that starts with the file's name.</summary>
    public static string? Decode(byte[] bytes, out string? error)
    {
        error = null;
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            error = $"is not UTF-8 text (invalid byte at offset {e.Index}); save it as UTF-8 and import it again";
            return null;
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            error = $"is not a text file (a NUL byte at offset {nul})";
            return null;
        }
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }
}
