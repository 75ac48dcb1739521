using System.Text.RegularExpressions;

namespace Briefings.Tests.Support;

/// <summary>
/// The kinds of page a site has, named by their path with slugs and numbers replaced
/// (<c>briefings/X/index.html</c>, <c>timeline/N/N/page/N/index.html</c>), so the gates that cannot afford every
/// page (a browser per page costs a second) check one page of each. A tag's or an actor's timeline
/// split into periods has the same pages as the whole timeline's and counts as them.
/// </summary>
public static partial class PageTypes
{
    /// <summary>Every page type the theme has; <c>PageTypesTests</c> checks that the demo and generated sites have exactly these between them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "index.html", "page/N/index.html", "briefings/X/index.html", "tags/index.html", "tags/X/index.html",
        "tags/X/page/N/index.html", "glossary/index.html", "glossary/X/index.html", "glossary/X/page/N/index.html",
        "timeline/index.html", "timeline/N/index.html", "timeline/N/N/index.html", "timeline/N/N/page/N/index.html",
        "timeline/tags/X/index.html", "timeline/actors/X/index.html", "search/index.html", "404.html",
    ];

    public static string Of(string page)
    {
        var type = Named().Replace(FacetPeriod().Replace(page, "timeline/"), "$1/X/");
        var segments = type.Split('/');
        return string.Join('/', segments.Select((s, i) => i < segments.Length - 1 && s.All(char.IsAsciiDigit) ? "N" : s));
    }

    /// <summary>One page per type: the first (in path order) of the first site that has the type.</summary>
    public static IReadOnlyList<(string Type, BuiltSite Site, string Page)> OnePerType(IReadOnlyList<BuiltSite> sites) =>
        All.Select(type => sites.SelectMany(site => site.Pages.Where(p => Of(p) == type).Take(1).Select(p => (type, site, p))).FirstOrDefault())
            .Where(found => found.site is not null).ToList();

    [GeneratedRegex(@"^timeline/(?:tags|actors)/[^/]+/(?=\d+/)")]
    private static partial Regex FacetPeriod();

    [GeneratedRegex(@"^(briefings|glossary|tags|timeline/tags|timeline/actors)/(?!index\.html$)[^/]+/")]
    private static partial Regex Named();
}
