using System.Net;
using System.Text;

namespace Briefings.Cli.Serve;

/// <summary>
/// What the server shows while there is no built site yet: the first build is running, or it failed. The page names
/// the errors in its own text too (for curl), and the reload script adds the overlay and reloads it once a build succeeds.
/// </summary>
public static class PlaceholderPage
{
    public static byte[] Render(IReadOnlyList<string>? errors)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (errors is null)
        {
            page.Append("<title>Building…</title>\n</head>\n<body>\n<h1>The site is being built</h1>\n<p>This page shows it as soon as it is ready.</p>\n");
        }
        else
        {
            page.Append("<title>The build failed</title>\n</head>\n<body>\n<h1>The build failed</h1>\n<p>There is no site to show yet. Fix these errors and save: this page reloads by itself.</p>\n<ul>\n");
            foreach (var error in errors) page.Append("<li><code>").Append(WebUtility.HtmlEncode(error)).Append("</code></li>\n");
            page.Append("</ul>\n");
        }
        page.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(page.ToString());
    }
}
