using Briefings.Tests.Support;
using static Briefings.Tests.Cli.CliRun;

namespace Briefings.Tests.Cli;

/// <summary><c>briefings new site</c>: a site that builds and checks clean at once, never made over someone's files.</summary>
public sealed class NewSiteTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("en", "Welcome to your briefings site", "welcome")]
    [InlineData("fr", "Bienvenue sur votre site de notes", "bienvenue")]
    public void A_new_site_builds_and_checks_with_no_broken_link_and_shows_the_glossary_and_timeline(string language, string title, string slug)
    {
        var site = _temp.Combine("demo");
        var created = Run("new", "site", site, "--language", language);
        Assert.True(created.Exit == 0, created.Error);
        Assert.Contains($"Created a new site in {site}:", created.Output);
        Assert.Contains("content/site.yml", created.Output);
        Assert.Contains($"next: cd {site} && briefings serve", created.Output);
        Assert.Equal("", created.Error);

        var built = Run("build", "--source", site);
        Assert.True(built.Exit == 0, built.Error);
        // One warning only: a new site has no base_url yet, so no feed or sitemap; it says how to set one.
        Assert.Matches(@"^content/site\.yml:1:1: warning PUB001: [^\n]*--base-url\n0 errors, 1 warning\n$", built.Error);
        var check = Run("check", "--source", site);
        Assert.True(check.Exit == 0, check.Error);
        Assert.Contains("no errors, every internal link resolves", check.Output);

        var pages = new SiteFolder(Path.Combine(site, "_site"));
        Assert.Empty(pages.BrokenLinks());
        var page = pages.Parse($"briefings/{slug}/index.html");
        Assert.Equal(title, page.QuerySelector("article h1")!.TextContent);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        // The reader meets both features on the sample: a glossary term linked, and the events that name it.
        Assert.Contains(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("glossary/edtf/", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("timeline/", StringComparison.Ordinal) && a.GetAttribute("href")!.Contains('#'));

        var ignored = File.ReadAllLines(Path.Combine(site, ".gitignore"));
        Assert.Contains("_site/", ignored);
        Assert.Contains(".briefings-cache/", ignored);
        Assert.True(Directory.Exists(Path.Combine(site, ".briefings-cache")), "the ignored cache folder is the one the build makes");
        var readme = File.ReadAllText(Path.Combine(site, "README.md"));
        foreach (var command in new[] { "serve", "new briefing", "import", "build", "check" }) Assert.Contains($"briefings {command}", readme);
    }

    [Fact]
    public void Every_key_of_site_yml_is_explained_by_a_comment()
    {
        var site = _temp.Combine("s");
        Assert.Equal(0, Run("new", "site", site).Exit);
        var lines = File.ReadAllLines(Path.Combine(site, "content", "site.yml"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].TrimStart().StartsWith('#')) continue;
            Assert.True(i > 0 && lines[i - 1].TrimStart().StartsWith('#'), $"line {i + 1} '{lines[i]}' has no comment above it");
        }
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_naming_it_and_its_first_entry()
    {
        _temp.Write("full/notes.txt", "mine");
        _temp.Write("full/photos/a.jpg", "x");
        var (exit, output, error) = Run("new", "site", _temp.Combine("full"));

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: the folder {_temp.Combine("full")} is not empty (it holds 'notes.txt' and 1 more entry); a new site goes into a new or empty folder: choose another name\n", error);
        Assert.Equal(["notes.txt", "photos"], Directory.EnumerateFileSystemEntries(_temp.Combine("full")).Select(Path.GetFileName).Order().ToArray());
    }

    [Fact]
    public void A_folder_holding_only_git_is_taken()
    {
        Directory.CreateDirectory(_temp.Combine("repo", ".git"));
        _temp.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        var (exit, _, error) = Run("new", "site", _temp.Combine("repo"));
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(_temp.Combine("repo", "content", "site.yml")));
        Assert.Equal("ref: refs/heads/main\n", File.ReadAllText(_temp.Combine("repo", ".git", "HEAD")));
    }

    [Fact]
    public void A_path_that_is_a_file_is_refused()
    {
        _temp.Write("a-file", "x");
        var (exit, _, error) = Run("new", "site", _temp.Combine("a-file"));
        Assert.Equal(1, exit);
        Assert.Contains($"{_temp.Combine("a-file")} is a file", error);
        Assert.Equal("x", File.ReadAllText(_temp.Combine("a-file")));
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        var (exit, _, error) = Run("new", "site", _temp.Combine("x"), "--language", "de");
        Assert.Equal(2, exit);
        Assert.Equal("error: --language must be one of en, fr, not 'de'\n", error);
        Assert.False(Directory.Exists(_temp.Combine("x")));
    }
}
