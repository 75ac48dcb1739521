namespace Briefings.Markdown;

/// <summary>
/// Which link and image addresses a page may carry, decided on the address as written into the HTML.
/// Untrusted Markdown (a site with <c>markdown.raw_html: false</c>, and always glossary definitions and
/// event summaries) may link only to http, https, mailto, tel and relative addresses, and show images only
/// from http, https and relative ones. Trusted Markdown (raw HTML allowed) may use any scheme but the three
/// that run or carry a document: <c>javascript:</c>, <c>vbscript:</c>, and <c>data:</c> (except a raster
/// image, <c>data:image/png|gif|jpeg|webp</c>, as an image). Nobody writes those in Markdown link syntax for a
/// good reason; an author who really means one can still write raw HTML, which trusted sites allow.
/// </summary>
public static class LinkSafety
{
    private static readonly string[] UntrustedLinks = ["http", "https", "mailto", "tel"];
    private static readonly string[] UntrustedImages = ["http", "https"];
    private static readonly string[] DataImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"];

    /// <summary>Null when <paramref name="url"/> may be written; otherwise its scheme, for the message.</summary>
    public static string? Refusal(string? url, bool image, bool trusted)
    {
        var scheme = Scheme(url);
        if (scheme is null) return null; // relative, root-relative, fragment, or no address
        if (!trusted) return Array.IndexOf(image ? UntrustedImages : UntrustedLinks, scheme) >= 0 ? null : scheme;
        if (scheme is "javascript" or "vbscript") return scheme;
        if (scheme == "data") return image && IsDataImage(url!) ? null : scheme;
        return null;
    }

    /// <summary>
    /// The scheme a browser reads in <paramref name="url"/>, lowercased, or null for a relative address. As the
    /// URL standard parses: leading and trailing C0 controls and spaces trimmed, tabs and newlines removed anywhere
    /// (<c>java&#9;script:</c> is <c>javascript:</c>), then an ASCII letter followed by letters, digits, <c>+</c>,
    /// <c>-</c> or <c>.</c> up to a colon.
    /// </summary>
    public static string? Scheme(string? url)
    {
        if (url is null) return null;
        var span = url.AsSpan().Trim("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F ");
        var scheme = new System.Text.StringBuilder();
        foreach (var c in span)
        {
            if (c is '\t' or '\n' or '\r') continue;
            if (c == ':') return scheme.Length > 0 ? scheme.ToString() : null;
            var letter = char.IsAsciiLetter(c);
            if (scheme.Length == 0 ? !letter : !(letter || char.IsAsciiDigit(c) || c is '+' or '-' or '.')) return null;
            scheme.Append(char.ToLowerInvariant(c));
        }
        return null;
    }

    private static bool IsDataImage(string url)
    {
        var compact = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim();
        foreach (var prefix in DataImages)
        {
            if (compact.Length > prefix.Length && compact.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && compact[prefix.Length] is ';' or ',') return true;
        }
        return false;
    }
}
