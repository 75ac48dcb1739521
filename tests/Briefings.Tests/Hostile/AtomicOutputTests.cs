using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>A failed or interrupted build leaves the previous site byte for byte; nothing is written outside the output.</summary>
public sealed class AtomicOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A writer holding the output's lock, as a build does; the lock goes with it.</summary>
    private sealed class LockedWriter : IDisposable
    {
        private readonly OutputLock _lock;

        public LockedWriter(string output)
        {
            _lock = OutputLock.TryAcquire(output)!;
            Writer = AtomicSiteWriter.Open(_lock);
        }

        public AtomicSiteWriter Writer { get; }

        public IOutputSink Sink => Writer.Sink;

        public void Commit() => Assert.Null(Writer.Commit("site", []));

        public void Dispose()
        {
            Writer.Dispose();
            _lock.Dispose();
        }
    }

    /// <summary>Lets a few files through, then fails as a full disk or a killed process would.</summary>
    private sealed class FailingSink(IOutputSink inner, int allowed) : IOutputSink
    {
        private int _written;

        public Stream Create(string path)
        {
            if (Interlocked.Increment(ref _written) > allowed) throw new IOException("No space left on device");
            return inner.Create(path);
        }
    }

    [Fact]
    public void A_failure_in_the_middle_of_writing_leaves_the_previous_site_untouched()
    {
        var output = _temp.Combine("site", "_site");
        _temp.Write("site/_site/index.html", "previous");
        _temp.Write("site/_site/old/page.html", "previous page");

        using (var writer = new LockedWriter(output))
        {
            var sink = new FailingSink(writer.Sink, allowed: 3);
            // The disk's own error comes out, for the caller to report as a write failure (not a bug, not swallowed).
            var failure = Assert.ThrowsAny<Exception>(() =>
                SiteBuilder.Build(TestSite.Input(("content/site.yml", TestSite.MinimalConfig),
                    ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01"))), Configuration.BuildOptions.Default, sink));
            Assert.Contains(failure is AggregateException all ? all.Flatten().InnerExceptions : [failure], e => e is IOException { Message: "No space left on device" });
            // Disposing without Commit is what an exception unwinding the build does.
        }

        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("previous page", File.ReadAllText(Path.Combine(output, "old", "page.html")));
        Assert.Equal(["._site.briefings", "_site"], Directory.EnumerateFileSystemEntries(_temp.Combine("site")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(_temp.Combine("site", "._site.briefings")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_previous_site()
    {
        var output = _temp.Combine("site", "_site");
        _temp.Write("site/_site/stale.html", "stale");
        using (var writer = new LockedWriter(output))
        {
            Write(writer.Sink, "index.html", "new");
            writer.Commit();
        }
        Assert.Equal([OwnershipManifest.FileName, "index.html"], Directory.EnumerateFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["._site.briefings", "_site"], Directory.EnumerateFileSystemEntries(_temp.Combine("site")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(_temp.Combine("site", "._site.briefings")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_build_removes_what_older_builds_killed_midway_left_beside_the_output()
    {
        // Builds before the journal staged beside the output, named with their process id: no pid is trusted now.
        var output = _temp.Combine("site", "_site");
        _temp.Write("site/_site/index.html", "previous");
        var dead = DeadProcessId();
        _temp.Write($"site/._site.staging-{dead}-0123/index.html", "half a site");
        _temp.Write($"site/._site.staging-{dead}-0456.previous/index.html", "an older site");
        _temp.Write($"site/._site.staging-{Environment.ProcessId}-0789/index.html", "a build killed as this pid");
        _temp.Write("site/._site.staging-notes/keep.txt", "not a name builds make");

        using (var writer = new LockedWriter(output))
        {
            Write(writer.Sink, "index.html", "new");
            writer.Commit();
        }

        string[] kept = ["._site.briefings", "._site.staging-notes", "_site"];
        Assert.Equal(kept.Order(StringComparer.Ordinal),
            Directory.EnumerateDirectories(_temp.Combine("site")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_previous_site_left_by_an_older_build_killed_between_its_renames_becomes_the_output_again()
    {
        var output = _temp.Combine("site", "_site");
        var left = $"site/._site.staging-{DeadProcessId()}-0456.previous/index.html";
        _temp.Write(left, "the only copy of the site");
        using (new LockedWriter(output))
        {
        }
        Assert.Equal("the only copy of the site", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    private static void Write(IOutputSink sink, string path, string text)
    {
        using var stream = sink.Create(path);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The id of a process that has exited.</summary>
    private static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/tmp/escape.html")]
    [InlineData("a\\..\\..\\escape.html")]
    public void Nothing_is_written_outside_the_output_folder(string path)
    {
        using var writer = new LockedWriter(_temp.Combine("site", "_site"));
        Assert.Throws<InvalidOperationException>(() => Write(writer.Sink, path, "x"));
        Assert.False(File.Exists(_temp.Combine("site", "escape.html")));
        Assert.False(File.Exists(_temp.Combine("escape.html")));
    }

    [Theory]
    [InlineData("slug: ../../x")]
    [InlineData("slug: /etc")]
    [InlineData("tags: [\"../../etc\"]")]
    public void Slugs_and_tags_never_make_paths_that_leave_the_output(string line)
    {
        var (result, output) = TestSite.Build(("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01\n" + line)));
        Assert.All(output.Files.Keys, p => Assert.True(OutputPath.IsSafe(p), p));
        Assert.All(output.Files.Keys, p => Assert.DoesNotContain("..", p));
        if (line.StartsWith("slug", StringComparison.Ordinal)) Assert.False(result.Succeeded);
        else Assert.Contains("tags/etc/index.html", output.Files.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("content")]
    [InlineData("templates")]
    [InlineData("static")]
    [InlineData(".briefings-cache")]
    [InlineData("content/briefings")]
    [InlineData("..")]
    [InlineData("/")]
    public void Refuses_output_folders_whose_replacement_would_destroy_the_site(string relative)
    {
        var site = _temp.Combine("site");
        Directory.CreateDirectory(Path.Combine(site, "content"));
        var output = relative.StartsWith('/') ? relative : Path.GetFullPath(Path.Combine(site, relative));
        Assert.NotNull(OutputFolderPolicy.Check(site, output));
    }

    [Fact]
    public void Accepts_ordinary_output_folders()
    {
        var site = _temp.Combine("site");
        var safety = new OutputSafety(site, [], new HashSet<string>());
        Assert.Null(OutputFolderPolicy.Check(site, Path.Combine(site, "_site"), safety));
        Assert.Null(OutputFolderPolicy.Check(site, _temp.Combine("public"), safety));
        Assert.NotNull(OutputFolderPolicy.Check(site, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)));
    }
}
