using System.Diagnostics;
using Briefings.Configuration;
using Briefings.Output;
using Briefings.Tests.Support;
using static Briefings.Tests.Trust.OutputFolderTrust;

namespace Briefings.Tests.Trust;

/// <summary>
/// A build replaces an output folder only when it is missing, empty or the builds' own (its manifest says so); it
/// keeps what <c>keep:</c> (and by default <c>.git</c>, <c>CNAME</c>, <c>.nojekyll</c>) keeps, across full and
/// incremental builds; anything else there is refused, unless <c>--force</c>.
/// </summary>
public sealed class OutputOwnershipTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static FolderBuildResult Build(string site, string output, bool force = false, bool useCache = true) =>
        FolderBuild.Run(site, output, BuildOptions.Default, new FolderBuildSettings(UseCache: useCache, Force: force));

    [Fact]
    public void A_build_leaves_a_manifest_of_what_it_wrote_and_replaces_only_such_a_folder()
    {
        var site = WriteSite(_temp);
        var output = _temp.Combine("out");
        Assert.Equal(FolderBuildOutcome.Built, Build(site, output).Outcome);
        var manifest = OwnershipManifest.Read(output)!;
        Assert.Equal(OwnershipManifest.SiteId(site), manifest.Site);
        Assert.Contains("briefings/a/index.html", manifest.Files);
        Assert.Equal(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)).Where(f => f != OwnershipManifest.FileName).Order(StringComparer.Ordinal),
            manifest.Files.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(site, File.ReadAllText(Path.Combine(output, OwnershipManifest.FileName))); // where the site lives is not published
        Assert.Equal(FolderBuildOutcome.Built, Build(site, output).Outcome);
        Assert.Equal(FolderBuildOutcome.Built, Build(site, output, useCache: false).Outcome);
    }

    [Fact]
    public void An_empty_folder_is_taken_and_a_folder_of_someone_elses_files_refused_untouched()
    {
        var site = WriteSite(_temp);
        Directory.CreateDirectory(_temp.Combine("empty"));
        Assert.Equal(FolderBuildOutcome.Built, Build(site, _temp.Combine("empty")).Outcome);

        _temp.Write("photos/2019/beach.jpg", "a photo");
        _temp.Write("photos/notes.txt", "notes");
        var before = Snapshot(_temp.Combine("photos"));
        var (exit, _, error) = Run("build", "--source", site, "--output", _temp.Combine("photos"));
        Assert.Equal(1, exit);
        Assert.Contains("is not empty and holds '2019/', 'notes.txt' that Briefings did not write", error);
        Assert.Contains("--force", error);
        Assert.Contains("another --output", error);
        Assert.Equal(before, Snapshot(_temp.Combine("photos")));
        Assert.False(Directory.Exists(_temp.Combine(".photos.briefings"))); // nothing made beside it either
    }

    [Fact]
    public void Force_adopts_the_folder_replacing_what_no_build_wrote_except_kept_entries_and_says_so()
    {
        var site = WriteSite(_temp);
        _temp.Write("out/old-generator/index.html", "another generator's page");
        _temp.Write("out/CNAME", "example.org\n");
        var (exit, _, error) = Run("build", "--source", site, "--output", _temp.Combine("out"), "--force");
        Assert.Equal(0, exit);
        Assert.Contains("--force: replaced 1 entry", error);
        Assert.Contains("old-generator/", error);
        Assert.False(Directory.Exists(_temp.Combine("out", "old-generator")));
        Assert.Equal("example.org\n", File.ReadAllText(_temp.Combine("out", "CNAME")));
        // Adopted: the next build needs no --force.
        Assert.Equal(0, Run("build", "--source", site, "--output", _temp.Combine("out")).Exit);
    }

    [Fact]
    public void Building_into_a_gh_pages_clone_keeps_its_git_history_CNAME_and_nojekyll_byte_for_byte()
    {
        ExternalTool.Require(File.Exists("/usr/bin/git"), "git is missing, so a real gh-pages clone is not tested", "apt-get install git");
        var site = WriteSite(_temp);
        var pages = _temp.Combine("gh-pages");
        Directory.CreateDirectory(pages);
        Git(pages, "init", "-q", "-b", "gh-pages");
        File.WriteAllText(Path.Combine(pages, "CNAME"), "briefings.example.org\n");
        File.WriteAllText(Path.Combine(pages, ".nojekyll"), "");
        Git(pages, "add", "-A");
        Git(pages, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "unpushed commit");
        var kept = Snapshot(pages);
        Assert.Contains(kept.Keys, k => k.StartsWith(".git/objects/", StringComparison.Ordinal));

        for (var build = 0; build < 3; build++)
        {
            // Full, then incremental, then full again without the cache: each keeps the clone as it was.
            Assert.Equal(FolderBuildOutcome.Built, Build(site, pages, useCache: build < 2).Outcome);
            AssertStillThere(kept, pages);
            Assert.True(File.Exists(Path.Combine(pages, "briefings", "a", "index.html")));
        }
        Assert.Contains("unpushed commit", Git(pages, "log", "--format=%s"));
    }

    [Fact]
    public void Keep_patterns_of_site_yml_add_to_the_defaults_and_survive_full_and_incremental_builds()
    {
        var site = WriteSite(_temp, siteYml: SiteYml + "keep:\n  - docs/**\n  - '*.pdf'\n  - .well-known\n");
        var output = _temp.Combine("out");
        Assert.Equal(FolderBuildOutcome.Built, Build(site, output).Outcome);
        _temp.Write("out/docs/manual/intro.txt", "the manual");
        _temp.Write("out/report.pdf", "%PDF-1.7 a report");
        _temp.Write("out/.well-known/security.txt", "Contact: mailto:x@example.org");
        _temp.Write("out/CNAME", "example.org");
        var kept = Snapshot(output);

        // Incremental: a briefing disappears, its page is deleted, nothing kept is.
        File.Delete(Path.Combine(site, "content", "briefings", "b.md"));
        var incremental = Build(site, output);
        Assert.Equal(FolderBuildOutcome.Built, incremental.Outcome);
        Assert.NotNull(incremental.Rendered);
        Assert.False(File.Exists(Path.Combine(output, "briefings", "b", "index.html")));
        AssertStillThere(new SortedDictionary<string, string>(kept.Where(k => !k.Key.StartsWith("briefings/b", StringComparison.Ordinal) && k.Key != OwnershipManifest.FileName && !k.Key.Contains("index.html") && !k.Key.StartsWith("tags", StringComparison.Ordinal) && !k.Key.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal), output);

        // Full, without the cache.
        Assert.Equal(FolderBuildOutcome.Built, Build(site, output, useCache: false).Outcome);
        foreach (var path in new[] { "docs/manual/intro.txt", "report.pdf", ".well-known/security.txt", "CNAME" })
        {
            Assert.Equal(kept[path], Snapshot(output)[path]);
        }

        // A file no pattern keeps is refused, not deleted.
        _temp.Write("out/notes/todo.txt", "mine");
        var refused = Build(site, output);
        Assert.Equal(FolderBuildOutcome.Refused, refused.Outcome);
        Assert.Contains("'notes/'", refused.Message);
        Assert.Equal("mine", File.ReadAllText(_temp.Combine("out", "notes", "todo.txt")));
    }

    [Fact]
    public void A_kept_file_where_the_site_writes_another_is_a_conflict_that_loses_neither()
    {
        var site = WriteSite(_temp, siteYml: SiteYml + "keep: [index.html]\n");
        _temp.Write("out/index.html", "my own home page");
        var result = Build(site, _temp.Combine("out"));
        Assert.Equal(FolderBuildOutcome.Refused, result.Outcome);
        Assert.Contains("'index.html' in the output folder was not written by Briefings and is kept", result.Message);
        Assert.Equal("my own home page", File.ReadAllText(_temp.Combine("out", "index.html")));
        Assert.Equal(["index.html"], Directory.EnumerateFileSystemEntries(_temp.Combine("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_keep_pattern_that_could_leave_the_output_is_an_error_at_its_line()
    {
        var site = WriteSite(_temp, siteYml: SiteYml + "keep:\n  - ../secrets\n  - /etc\n  - ok/**\n");
        var result = Build(site, _temp.Combine("out"));
        Assert.Equal(FolderBuildOutcome.Failed, result.Outcome);
        var printed = TestSite.Printed(result.Build!);
        Assert.Contains(printed, d => d.StartsWith("content/site.yml:4:5: error META004: 'keep' pattern '../secrets'", StringComparison.Ordinal));
        Assert.Contains(printed, d => d.StartsWith("content/site.yml:5:5: error META004: 'keep' pattern '/etc'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(".git", ".git/objects/ab/cdef", true)]
    [InlineData("CNAME", "CNAME", true)]
    [InlineData("CNAME", "sub/CNAME", false)]
    [InlineData("*.pdf", "report.pdf", true)]
    [InlineData("*.pdf", "docs/report.pdf", false)]
    [InlineData("**/*.pdf", "docs/a/report.pdf", true)]
    [InlineData("docs/**", "docs/x/y.txt", true)]
    [InlineData("docs/**", "docs", true)]
    [InlineData("docs/*.txt", "docs/y.txt", true)]
    [InlineData("docs/*.txt", "docs/x/y.txt", false)]
    [InlineData("a?c", "abc", true)]
    public void Keep_patterns_match_paths_relative_to_the_output(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new KeepPatterns([pattern]).Matches(path));

    [Fact]
    public void A_folder_another_site_built_is_refused_unless_forced()
    {
        var first = WriteSite(_temp, "first");
        var second = WriteSite(_temp, "second");
        var output = _temp.Combine("shared");
        Assert.Equal(FolderBuildOutcome.Built, Build(first, output).Outcome);
        var refused = Build(second, output);
        Assert.Equal(FolderBuildOutcome.Refused, refused.Outcome);
        Assert.Contains("another site folder", refused.Message);
        Assert.Equal(FolderBuildOutcome.Built, Build(second, output, force: true).Outcome);
        Assert.Equal(OwnershipManifest.SiteId(second), OwnershipManifest.Read(output)!.Site);
    }

    [Fact]
    public void A_site_folder_that_moved_still_owns_the_output_inside_it()
    {
        var site = WriteSite(_temp, "before");
        Assert.Equal(FolderBuildOutcome.Built, Build(site, Path.Combine(site, "_site")).Outcome);
        Directory.Move(site, _temp.Combine("after"));
        Assert.Equal(FolderBuildOutcome.Built, Build(_temp.Combine("after"), _temp.Combine("after", "_site")).Outcome);
    }

    [Fact]
    public void An_output_written_before_manifests_existed_is_recognised_by_the_cache()
    {
        var site = WriteSite(_temp);
        var output = Path.Combine(site, "_site");
        Assert.Equal(FolderBuildOutcome.Built, Build(site, output).Outcome);
        File.Delete(Path.Combine(output, OwnershipManifest.FileName));
        Assert.Equal(FolderBuildOutcome.Built, Build(site, output).Outcome);
        Assert.NotNull(OwnershipManifest.Read(output));
    }

    [Fact]
    public void A_symlinked_output_is_written_through_and_stays_a_link()
    {
        var site = WriteSite(_temp);
        var webRoot = _temp.Combine("srv", "www", "site");
        Assert.Equal(FolderBuildOutcome.Built, Build(site, webRoot).Outcome);
        var link = Path.Combine(site, "_site");
        Directory.CreateSymbolicLink(link, webRoot);
        File.AppendAllText(Path.Combine(site, "content", "briefings", "a.md"), "\nUn mot de plus.\n");
        for (var build = 0; build < 2; build++)
        {
            Assert.Equal(0, Run("build", "--source", site, build == 0 ? "--no-cache" : "--strict").Exit);
            Assert.Equal(webRoot, new DirectoryInfo(link).LinkTarget);
            Assert.Contains("Un mot de plus.", File.ReadAllText(Path.Combine(webRoot, "briefings", "a", "index.html")));
        }
        // Staged beside the real folder, not beside the link.
        Assert.True(Directory.Exists(_temp.Combine("srv", "www", ".site.briefings")));
        Assert.False(Directory.Exists(Path.Combine(site, "._site.briefings")));
    }

    private static string Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
