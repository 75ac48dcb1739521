namespace Briefings.Routing;

/// <summary>What a URL written by an author or a theme points at; the one place that reads schemes.</summary>
public enum UrlKind
{
    /// <summary>A path inside the site, relative to the page: <c>../x/index.html</c>, <c>traite.md#art-4</c>.</summary>
    Relative,

    /// <summary>An anchor on the same page: <c>#notes</c>.</summary>
    Fragment,

    /// <summary>A path from the server's root: <c>/x</c>; breaks under a sub-path and from disk.</summary>
    RootRelative,

    /// <summary>Another site or no page at all, by a scheme links may safely use: http, https, mailto, or <c>//host</c>.</summary>
    External,

    /// <summary>Any other scheme (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>): never written from untrusted text.</summary>
    OtherScheme,
}
