using Briefings.Output;
using Scriban;

namespace Briefings.Rendering.Functions;

/// <summary><c>{{ url "assets/style.css" }}</c>: a link from the current page to a root-relative path.</summary>
public static class UrlFunctions
{
    /// <summary>Relative on every page, so the site works under any sub-path and from disk. The 404 page
    /// can be served at any depth, so it links absolutely when the site has a base URL.</summary>
    public static string Url(TemplateContext context, string path)
    {
        var page = (HtmlTemplateContext)context;
        if (page.PagePath == SitePaths.NotFound && page.Site.BaseUrl is { } baseUrl)
        {
            return new Uri(baseUrl, path).ToString();
        }
        return SitePaths.Relative(page.PagePath, path);
    }

    /// <summary>An absolute URL when the site has a base URL (canonical links, feeds), else null.</summary>
    public static string? AbsoluteUrl(TemplateContext context, string path) =>
        ((HtmlTemplateContext)context).Site.BaseUrl is { } baseUrl ? new Uri(baseUrl, path).ToString() : null;
}
