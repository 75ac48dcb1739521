using System.Text;
using Briefings.Routing;

namespace Briefings.Publishing;

/// <summary>
/// <c>robots.txt</c>: every crawler welcome, and where the sitemap is. Crawlers read it only at a host's root
/// (<c>https://example.org/robots.txt</c>); a site published under a sub-path has it written all the same, for a host that
/// serves the site at its root or whose owner copies its <c>Sitemap:</c> line into the root's own.
/// </summary>
public static class RobotsWriter
{
    public static void Write(Stream stream, string sitemap, Router router)
    {
        var text = $"User-agent: *\nDisallow:\n\nSitemap: {router.Absolute(sitemap)}\n";
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
