using Briefings.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.EndToEnd;

/// <summary>The <c>briefings build</c> command as a user runs it, on a copy of the demo site.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = BriefingsApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string DemoSite()
    {
        _temp.CopyFrom(Repository.PathOf("content"), "demo/content");
        return _temp.Combine("demo");
    }

    [Fact]
    public void Builds_the_demo_site_with_every_internal_link_resolving()
    {
        var site = DemoSite();
        var (exit, output, error) = Run("build", "--source", site);
        Assert.True(exit == 0, error);
        Assert.StartsWith("Built ", output);

        var built = new SiteFolder(Path.Combine(site, "_site"));
        var pages = built.Pages.ToList();
        Assert.Contains("index.html", pages);
        Assert.Contains("404.html", pages);
        Assert.Contains("tags/index.html", pages);
        Assert.Contains("tags/belarus/index.html", pages);
        Assert.True(File.Exists(Path.Combine(built.Root, "assets", "style.css")));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site, "content", "briefings")).Select(Path.GetFileNameWithoutExtension).Distinct())
        {
            Assert.Contains($"briefings/{file}/index.html", pages);
        }
        Assert.Empty(built.BrokenLinks());
    }

    [Fact]
    public void The_seed_article_is_published_in_french_with_its_source()
    {
        var site = DemoSite();
        Assert.Equal(0, Run("build", "--source", site).Exit);
        var page = new SiteFolder(Path.Combine(site, "_site")).Parse("briefings/otsc-allies-silencieux/index.html");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Diplomatie\u00A0: l’autre bataille russe", page.QuerySelector("article h1")!.TextContent);
        Assert.Equal("Le Grand Continent", page.QuerySelector(".source cite")!.TextContent.Trim());
        Assert.Contains("date de publication non précisée", page.QuerySelector(".source")!.TextContent);
        Assert.Contains("hélicoptère ukrainien", page.QuerySelector(".body p")!.TextContent);
        Assert.Equal("2026-11-23", page.QuerySelector("article header time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Every_page_links_the_stylesheet_and_declares_its_language()
    {
        var site = DemoSite();
        Assert.Equal(0, Run("build", "--source", site).Exit);
        var built = new SiteFolder(Path.Combine(site, "_site"));
        foreach (var page in built.Pages)
        {
            var document = built.Parse(page);
            Assert.False(string.IsNullOrEmpty(document.DocumentElement.GetAttribute("lang")), page);
            Assert.NotNull(document.QuerySelector("link[rel=stylesheet][href$='assets/style.css']"));
            Assert.NotNull(document.QuerySelector("link[rel=stylesheet][media=print]"));
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_as_it_was()
    {
        var site = DemoSite();
        Assert.Equal(0, Run("build", "--source", site).Exit);
        var before = Snapshot(Path.Combine(site, "_site"));

        File.WriteAllText(Path.Combine(site, "content", "briefings", "casse.md"), "---\ntitle: Cassé\ndate: demain\n---\n");
        var (exit, _, error) = Run("build", "--source", site);

        Assert.Equal(1, exit);
        Assert.Contains("content/briefings/casse.md:3:7: error META004:", error);
        Assert.DoesNotContain("   at ", error); // no stack trace
        Assert.Equal(before, Snapshot(Path.Combine(site, "_site")));
        Assert.DoesNotContain(Directory.EnumerateDirectories(site, "*", SearchOption.AllDirectories), d => Path.GetFileName(d).Contains("staging"));
    }

    [Fact]
    public void Metadata_never_becomes_markup()
    {
        const string evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        _temp.Write("s/content/site.yml", $"title: \"{evil}\"\ndescription: \"{evil}\"\nlanguage: fr\nauthor: \"{evil}\"\ncopyright: \"{evil}\"\n");
        _temp.Write("s/content/briefings/a.md", $"---\ntitle: \"{evil}\"\ndate: 2022-04-01\nsummary: \"{evil}\"\nauthors: [\"{evil}\"]\n" +
            $"tags: [\"{evil}\"]\nsource: {{ name: \"{evil}\", url: \"https://example.org/?q=<script>\" }}\n---\nTexte.\n");
        Assert.Equal(0, Run("build", "--source", _temp.Combine("s")).Exit);

        var built = new SiteFolder(_temp.Combine("s", "_site"));
        foreach (var page in built.Pages)
        {
            var document = built.Parse(page);
            Assert.Empty(document.QuerySelectorAll(SiteFolder.InjectedScripts));
            Assert.Empty(document.QuerySelectorAll("img"));
            Assert.Empty(document.QuerySelectorAll("[onerror]"));
        }
        Assert.Contains(evil, built.Parse("briefings/a/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Command_line_misuse_exits_with_2()
    {
        Assert.Equal(2, Run("build", "--no-such-option").Exit);
        Assert.Equal(2, Run("build", "--source", _temp.Combine("missing")).Exit);
        var site = DemoSite();
        Assert.Equal(2, Run("build", "--source", site, "--base-url", "javascript:alert(1)").Exit);
        // An output folder the build must not replace is refused, but that is not a misuse of the command line.
        Assert.Equal(1, Run("build", "--source", site, "--output", site).Exit);
        Assert.Equal(1, Run("build", "--source", site, "--output", Path.Combine(site, "content")).Exit);
        Assert.Equal(1, Run("build", "--source", site, "--output", "/").Exit);
        Assert.True(Directory.Exists(Path.Combine(site, "content", "briefings")));
    }

    [Fact]
    public void Drafts_and_base_url_options_work()
    {
        _temp.Write("s/content/site.yml", "title: T\nlanguage: en\n");
        _temp.Write("s/content/briefings/d.md", "---\ntitle: D\ndate: 2022-01-01\ndraft: true\n---\nx\n");
        Assert.Equal(0, Run("build", "--source", _temp.Combine("s"), "--output", _temp.Combine("out"), "--drafts", "--base-url", "https://example.org/sub").Exit);
        var page = File.ReadAllText(_temp.Combine("out", "briefings", "d", "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/sub/briefings/d/index.html\">", page);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
