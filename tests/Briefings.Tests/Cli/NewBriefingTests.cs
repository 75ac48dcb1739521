using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Tests.Support;
using static Briefings.Tests.Cli.CliRun;

namespace Briefings.Tests.Cli;

/// <summary><c>briefings new briefing</c>: a file named from its title, with front matter that reads back as typed; never overwrites.</summary>
public sealed class NewBriefingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Site()
    {
        var site = _temp.Combine("site");
        Assert.Equal(0, Run("new", "site", site, "--language", "fr").Exit);
        return site;
    }

    [Fact]
    public void Ete_a_kyiv_becomes_ete_a_kyiv_md_that_builds_with_its_title_and_a_second_call_is_refused()
    {
        var site = Site();
        var (exit, output, error) = Run("new", "briefing", "Été à Kyiv", "--source", site, "--tags", "Ukraine,Été");
        var path = Path.Combine(site, "content", "briefings", "ete-a-kyiv.md");
        Assert.True(exit == 0, error);
        Assert.Equal(path + "\n", output); // the path alone, for $EDITOR "$(briefings new briefing …)"

        var parsed = Parse(path);
        Assert.Equal("Été à Kyiv", parsed.Title);
        Assert.Equal(DateOnly.FromDateTime(DateTime.Now), parsed.Date);
        Assert.Equal("fr", parsed.Language); // the site's
        Assert.Equal(["Ukraine", "Été"], parsed.Tags.ToArray());

        Assert.Equal(0, Run("build", "--source", site).Exit);
        var page = new SiteFolder(Path.Combine(site, "_site")).Parse("briefings/ete-a-kyiv/index.html");
        Assert.Equal("Été à Kyiv", page.QuerySelector("article h1")!.TextContent);

        var before = File.ReadAllText(path);
        var again = Run("new", "briefing", "Été à Kyiv", "--source", site);
        Assert.Equal(1, again.Exit);
        Assert.Equal($"error: a briefing named 'ete-a-kyiv' already exists: {path}; give another title, or edit that one\n", again.Error);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("Minsk : la question")]
    [InlineData("Le \"grand\" jeu: acte 2")]
    [InlineData("#1 des ventes # pas un commentaire")]
    [InlineData("L’Ukraine 🇺🇦 et l'OTAN")]
    [InlineData("- yes: no")]
    [InlineData("'quoted' & [brackets] {braces}")]
    public void Any_title_reads_back_as_typed_and_reaches_the_page(string title)
    {
        var site = Site();
        var (exit, output, error) = Run("new", "briefing", title, "--source", site, "--language", "en");
        Assert.True(exit == 0, error);
        var parsed = Parse(output.Trim());
        Assert.Equal(title, parsed.Title);
        Assert.Equal("en", parsed.Language);

        var build = Run("build", "--source", site);
        Assert.True(build.Exit == 0, build.Error);
        var slug = Path.GetFileNameWithoutExtension(output.Trim());
        Assert.Equal(title, new SiteFolder(Path.Combine(site, "_site")).Parse($"briefings/{slug}/index.html").QuerySelector("article h1")!.TextContent);
    }

    [Theory]
    [InlineData("ete-a-kyiv.txt")]
    [InlineData("ete-a-kyiv.yml")]
    [InlineData("ete-a-kyiv/index.md")]
    public void A_briefing_of_that_slug_in_another_form_is_not_overwritten_nor_doubled(string existing)
    {
        var site = Site();
        _temp.Write($"site/content/briefings/{existing}", "x");
        var (exit, output, error) = Run("new", "briefing", "Été à Kyiv", "--source", site);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("a briefing named 'ete-a-kyiv' already exists", error);
        Assert.False(File.Exists(Path.Combine(site, "content", "briefings", "ete-a-kyiv.md")));
    }

    [Fact]
    public void Outside_a_site_it_names_the_folder_and_how_to_start_one()
    {
        var (exit, _, error) = Run("new", "briefing", "X", "--source", _temp.Path);
        Assert.Equal(2, exit);
        Assert.Equal($"error: there is no site in {_temp.Path}: a site is a folder holding content/, with content/site.yml and content/briefings/. Start one with 'briefings new site DIR'.\n", error);
    }

    private static BriefingFrontMatter Parse(string path)
    {
        var diagnostics = new DiagnosticBag();
        var source = new BriefingSource(Path.GetFileNameWithoutExtension(path), InputFile.FromText("content/briefings/x.md", File.ReadAllText(path)), null, null);
        var briefing = BriefingParser.Parse(source, SiteConfig.Fallback, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return briefing!.FrontMatter;
    }
}
