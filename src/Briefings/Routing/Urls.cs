namespace Briefings.Routing;

/// <summary>Reads URLs as a browser would, to tell internal links from external ones and safe schemes from unsafe ones.</summary>
public static class Urls
{
    public static UrlKind Classify(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return UrlKind.Relative;
        var trimmed = url.AsSpan().Trim();
        if (trimmed.StartsWith("//")) return UrlKind.External;
        if (trimmed[0] == '#') return UrlKind.Fragment;
        if (trimmed[0] == '/') return UrlKind.RootRelative;
        var colon = trimmed.IndexOf(':');
        var delimiter = trimmed.IndexOfAny('/', '?', '#');
        if (colon <= 0 || (delimiter >= 0 && delimiter < colon)) return UrlKind.Relative; // the colon is past the path: no scheme
        var scheme = trimmed[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase)
            ? UrlKind.External
            : UrlKind.OtherScheme;
    }

    /// <summary>Safe to write as a link from text nobody vetted: anything but an unknown scheme.</summary>
    public static bool IsSafe(string? url) => Classify(url) != UrlKind.OtherScheme;

    /// <summary>A page of this site or an anchor in one: what the link checker follows.</summary>
    public static bool IsInternal(string url) => Classify(url) is UrlKind.Relative or UrlKind.Fragment or UrlKind.RootRelative;
}
