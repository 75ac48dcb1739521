using Briefings.Cli.Serve;
using Briefings.Tests.Support;

namespace Briefings.Tests.Serve;

/// <summary>
/// Request paths to files of the built site: what reaches the handler after Kestrel's decoding (it folds <c>%2e</c>
/// and dot segments, keeps <c>%2F</c>, turns <c>%5C</c> into a backslash) is refused when it could name anything outside
/// the site, and symbolic links in the output that lead out are misses.
/// </summary>
public sealed class SitePathTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("/", "")]
    [InlineData("/a", "a")]
    [InlineData("/a/", "a/")]
    [InlineData("/a/b.css", "a/b.css")]
    [InlineData("//etc/passwd", "etc/passwd")] // not the absolute path: empty segments go
    [InlineData("/etc/passwd", "etc/passwd")]
    [InlineData("/a//b/", "a/b/")]
    [InlineData("/été/", "été/")]
    public void Paths_inside_the_site_stay_relative_to_it(string request, string relative)
    {
        var decision = SitePath.Parse("", request);
        Assert.Equal(new PathDecision(PathOutcome.Relative, relative), decision);
    }

    [Theory]
    [InlineData("/../x")]
    [InlineData("/a/../../x")]
    [InlineData("/./a")]
    [InlineData("/%2e%2e/x")] // had Kestrel not decoded it
    [InlineData("/..%2fx")]
    [InlineData("/..%2Fx")]
    [InlineData("/..\\x")]
    [InlineData("/%5c..%5cx")]
    [InlineData("/\\..\\x")]
    [InlineData("/a\0b")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/a/C:x")]
    [InlineData("")]
    [InlineData("etc/passwd")]
    [InlineData("C:\\Windows")]
    public void Paths_no_link_of_the_site_can_make_are_bad_requests(string request)
    {
        Assert.Equal(PathOutcome.BadRequest, SitePath.Parse("", request).Outcome);
        // Under a base path, those outside it are misses before anything else: never a path under the root.
        Assert.Contains(SitePath.Parse("/sub", request).Outcome, new[] { PathOutcome.BadRequest, PathOutcome.NotFound });
        if (request.StartsWith('/')) Assert.Equal(PathOutcome.BadRequest, SitePath.Parse("/sub", "/sub" + request).Outcome);
    }

    [Theory]
    [InlineData("/", PathOutcome.Redirect, "/sub/")]
    [InlineData("/sub", PathOutcome.Redirect, "/sub/")]
    [InlineData("/sub/", PathOutcome.Relative, "")]
    [InlineData("/sub/a/", PathOutcome.Relative, "a/")]
    [InlineData("/sub/a", PathOutcome.Relative, "a")]
    [InlineData("/subway/a", PathOutcome.NotFound, null)]
    [InlineData("/a/", PathOutcome.NotFound, null)]
    [InlineData("/Sub/a", PathOutcome.NotFound, null)]
    [InlineData("/sub/../a", PathOutcome.BadRequest, null)]
    public void Under_a_base_path_only_its_paths_are_the_site(string request, PathOutcome outcome, string? value)
    {
        Assert.Equal(new PathDecision(outcome, value), SitePath.Parse("/sub", request));
    }

    /// <summary>An output with a page, a folder, a link inside it and links that lead out, beside a secret.</summary>
    private string Site()
    {
        _temp.Write("outside/secret.txt", "root:x:0:0");
        _temp.Write("site/index.html", "<p>home</p>");
        _temp.Write("site/a/index.html", "<p>a</p>");
        _temp.Write("site/style.css", "p{}");
        _temp.Write("site/empty/readme.txt", "no index here");
        var site = _temp.Combine("site");
        File.CreateSymbolicLink(Path.Combine(site, "leak.txt"), Path.Combine(_temp.Path, "outside", "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(site, "relative-leak.txt"), "../outside/secret.txt");
        Directory.CreateSymbolicLink(Path.Combine(site, "dirleak"), Path.Combine(_temp.Path, "outside"));
        File.CreateSymbolicLink(Path.Combine(site, "alias.css"), "style.css");
        File.CreateSymbolicLink(Path.Combine(site, "broken.css"), "nothing.css");
        return site;
    }

    [Fact]
    public void Files_and_folders_of_the_site_are_found_and_folders_get_their_slash()
    {
        var site = Site();
        var real = Briefings.Output.RealPath.Of(site);
        Assert.Equal(PathDecision.FileAt(Path.Combine(real, "index.html")), SitePath.Map(site, "", "/"));
        Assert.Equal(PathDecision.RedirectTo("/a/"), SitePath.Map(site, "", "/a"));
        Assert.Equal(PathDecision.FileAt(Path.Combine(real, "a", "index.html")), SitePath.Map(site, "", "/a/"));
        Assert.Equal(PathDecision.FileAt(Path.Combine(real, "style.css")), SitePath.Map(site, "", "/style.css"));
        Assert.Equal(PathDecision.NotFound, SitePath.Map(site, "", "/style.css/"));
        Assert.Equal(PathDecision.NotFound, SitePath.Map(site, "", "/empty/"));
        Assert.Equal(PathDecision.NotFound, SitePath.Map(site, "", "/missing.html"));
        Assert.Equal(PathDecision.NotFound, SitePath.Map(site, "", "//etc/passwd"));
    }

    [Theory]
    [InlineData("/leak.txt")]
    [InlineData("/relative-leak.txt")]
    [InlineData("/dirleak")]
    [InlineData("/dirleak/")]
    [InlineData("/dirleak/secret.txt")]
    [InlineData("/broken.css")]
    public void Symbolic_links_that_lead_out_of_the_site_or_nowhere_are_misses(string request)
    {
        Assert.Equal(PathDecision.NotFound, SitePath.Map(Site(), "", request));
    }

    [Fact]
    public void A_link_that_stays_inside_the_site_and_a_root_reached_through_a_link_are_served()
    {
        var site = Site();
        var real = Briefings.Output.RealPath.Of(site);
        Assert.Equal(PathDecision.FileAt(Path.Combine(real, "style.css")), SitePath.Map(site, "", "/alias.css"));
        var link = _temp.Combine("link-to-site");
        Directory.CreateSymbolicLink(link, site);
        Assert.Equal(PathDecision.FileAt(Path.Combine(real, "style.css")), SitePath.Map(link, "", "/style.css"));
        Assert.Equal(PathDecision.NotFound, SitePath.Map(link, "", "/leak.txt"));
    }

    [Fact]
    public void Under_a_base_path_the_site_is_found_there_and_only_there()
    {
        var site = Site();
        var real = Briefings.Output.RealPath.Of(site);
        Assert.Equal(PathDecision.RedirectTo("/sub/"), SitePath.Map(site, "/sub", "/"));
        Assert.Equal(PathDecision.FileAt(Path.Combine(real, "a", "index.html")), SitePath.Map(site, "/sub", "/sub/a/"));
        Assert.Equal(PathDecision.RedirectTo("/sub/a/"), SitePath.Map(site, "/sub", "/sub/a"));
        Assert.Equal(PathDecision.NotFound, SitePath.Map(site, "/sub", "/a/"));
        Assert.Equal(PathDecision.NotFound, SitePath.Map(site, "/sub", "/sub/leak.txt"));
    }
}
