using Microsoft.Playwright;

namespace Briefings.Tests.Support;

/// <summary>Opens a built page in Chromium the way a reader meets it.</summary>
public static class SitePages
{
    public const string NotFound = "404.html";

    /// <summary>
    /// Pages open from disk (<c>file://</c>), as the README promises they work. The 404 page is the exception: only a
    /// host ever shows it, at whatever address was missing, and with a <c>base_url</c> it links to its stylesheet
    /// under that address; so the site is served at its base URL (every request answered from the folder, a
    /// missing file with 404.html, as a host does) and the 404 is opened at a missing address two levels deep.
    /// </summary>
    public static async Task GotoAsync(IPage tab, BuiltSite site, string page)
    {
        if (page != NotFound)
        {
            await tab.GotoAsync(site.Url(page));
            return;
        }
        var root = SharedFixture.BaseUrl;
        await tab.Context.RouteAsync(root.AbsoluteUri + "**", async route =>
        {
            var relative = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath[root.AbsolutePath.Length..]);
            var file = site.PathOf(relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative);
            if (File.Exists(file)) await route.FulfillAsync(new() { Path = file });
            else await route.FulfillAsync(new() { Status = 404, Path = site.PathOf(NotFound) });
        });
        await tab.GotoAsync(new Uri(root, "no/such/page/").AbsoluteUri);
    }
}
