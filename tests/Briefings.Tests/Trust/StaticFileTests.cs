using Briefings.Cli;
using Briefings.Configuration;
using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary><c>static/</c> is published as it is at the site's root; it never replaces a file the build makes.</summary>
public sealed class StaticFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Site => _temp.Combine("site");

    private string Output => _temp.Combine("out");

    private static readonly (string, string) Config = ("content/site.yml", TestSite.MinimalConfig);
    private static readonly (string, string) Briefing = ("content/briefings/x.md", TestSite.Briefing("title: X\ndate: 2022-01-01"));

    [Fact]
    public void Static_files_are_published_at_the_root_as_they_are()
    {
        var (result, output) = TestSite.Build(Config, Briefing,
            ("static/CNAME", "briefings.example.org\n"), ("static/robots.txt", "User-agent: *\nDisallow:\n"),
            ("static/.nojekyll", ""), ("static/docs/2022/annexe.pdf", "%PDF-1.4 pretend"), ("static/favicon.ico", "ico"));

        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Equal("briefings.example.org\n", output.Text("CNAME"));
        Assert.Equal("User-agent: *\nDisallow:\n", output.Text("robots.txt"));
        Assert.Equal("", output.Text(".nojekyll"));
        Assert.Equal("%PDF-1.4 pretend", output.Text("docs/2022/annexe.pdf"));
        Assert.Equal("ico", output.Text("favicon.ico"));
        Assert.Contains(result.State!.Plan.Outputs, o => o.Path == "docs/2022/annexe.pdf" && o.MediaType == "application/pdf");
    }

    [Theory]
    [InlineData("static/index.html", "index.html")]
    [InlineData("static/briefings/x/index.html", "briefings/x/index.html")]
    [InlineData("static/timeline.json", "timeline.json")]
    [InlineData("static/Tags/index.html", "Tags/index.html")]
    [InlineData("static/assets/style.css", "assets/style.css")]
    public void A_static_file_where_the_build_writes_a_file_is_an_error_at_the_static_file(string file, string published)
    {
        var (result, output) = TestSite.Build(Config, Briefing, (file, "mine"));

        Assert.False(result.Succeeded);
        Assert.Contains(TestSite.Printed(result), d => d.StartsWith($"{file}:1:1: error FILE001: this file would be published as {published}, which the build writes itself", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Files, f => f.Value.AsSpan().SequenceEqual("mine"u8));
    }

    [Theory]
    [InlineData("static/.briefings-manifest")]
    [InlineData("static/.Briefings-Swap")]
    public void A_static_file_named_as_the_builds_own_records_is_an_error_at_the_static_file(string file)
    {
        var (result, output) = TestSite.Build(Config, Briefing, (file, "mine"));

        Assert.False(result.Succeeded);
        Assert.Contains(TestSite.Printed(result), d => d.StartsWith($"{file}:1:1: error FILE001: this file would be published as {file["static/".Length..]}, the name of the file where each build records", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Files, f => f.Value.AsSpan().SequenceEqual("mine"u8));
    }

    [Fact]
    public void Static_files_are_copied_byte_for_byte_through_the_cli_and_check_follows_links_to_them()
    {
        _temp.Write("site/content/site.yml", TestSite.MinimalConfig);
        _temp.Write("site/content/briefings/x.md", TestSite.Briefing("title: X\ndate: 2022-01-01", "See [the annex](../../docs/annexe.pdf)."));
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();
        Directory.CreateDirectory(_temp.Combine("site/static/docs"));
        File.WriteAllBytes(_temp.Combine("site/static/docs/annexe.pdf"), bytes);

        Assert.Equal(ExitCodes.Success, BriefingsApp.Run(["check", "--source", Site], TextWriter.Null, TextWriter.Null));
        Assert.Equal(ExitCodes.Success, BriefingsApp.Run(["build", "--source", Site, "--output", Output], TextWriter.Null, TextWriter.Null));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(Output, "docs", "annexe.pdf")));
        Assert.Empty(new SiteFolder(Output).BrokenLinks());
    }

    [Fact]
    public void An_incremental_rebuild_publishes_an_edited_static_file_and_removes_a_deleted_one()
    {
        _temp.Write("site/content/site.yml", TestSite.MinimalConfig);
        _temp.Write("site/content/briefings/x.md", TestSite.Briefing("title: X\ndate: 2022-01-01"));
        _temp.Write("site/static/robots.txt", "User-agent: *\n");
        _temp.Write("site/static/old/notes.txt", "old");
        Assert.Equal(FolderBuildOutcome.Built, Build().Outcome);
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "old", "notes.txt")));

        // Same size, so only the bytes tell the edit.
        _temp.Write("site/static/robots.txt", "User-agent: X\n");
        File.Delete(_temp.Combine("site/static/old/notes.txt"));
        var rebuild = Build();

        Assert.Equal(FolderBuildOutcome.Built, rebuild.Outcome);
        Assert.NotNull(rebuild.Rendered); // it was incremental
        Assert.Equal("User-agent: X\n", File.ReadAllText(Path.Combine(Output, "robots.txt")));
        Assert.False(File.Exists(Path.Combine(Output, "old", "notes.txt")));
        Assert.False(Directory.Exists(Path.Combine(Output, "old")));
        var clean = _temp.Combine("clean");
        Assert.Equal(FolderBuildOutcome.Built, FolderBuild.Run(Site, clean, BuildOptions.Default, strict: false, useCache: false).Outcome);
        Assert.Equal(Files(clean), Files(Output));
    }

    [Fact]
    public void A_site_with_static_files_and_a_bundle_with_an_image_builds_and_check_passes()
    {
        _temp.CopyFrom(Repository.PathOf("tests", "Briefings.Tests", "Golden", "basic", "site"), "site");
        Assert.True(File.Exists(_temp.Combine("site/static/robots.txt")) && File.Exists(_temp.Combine("site/content/briefings/second/map.svg")));
        var error = new StringWriter();

        Assert.True(BriefingsApp.Run(["check", "--source", Site], TextWriter.Null, error) == ExitCodes.Success, error.ToString());
        Assert.True(BriefingsApp.Run(["build", "--source", Site, "--output", Output], TextWriter.Null, error) == ExitCodes.Success, error.ToString());

        Assert.True(File.Exists(Path.Combine(Output, "robots.txt")));
        Assert.True(File.Exists(Path.Combine(Output, "briefings", "second", "map.svg")));
        Assert.Contains("src=\"map.svg\"", File.ReadAllText(Path.Combine(Output, "briefings", "second", "index.html")));
        Assert.Empty(new SiteFolder(Output).BrokenLinks());
    }

    private FolderBuildResult Build() => FolderBuild.Run(Site, Output, BuildOptions.Default, strict: false);

    private static SortedDictionary<string, string> Files(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText), StringComparer.Ordinal);
}
