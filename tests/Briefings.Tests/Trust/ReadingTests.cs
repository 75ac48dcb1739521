using System.Diagnostics;
using Briefings.Cli;
using Briefings.Content;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary>Nothing from outside the site is read: links leading out, loops, FIFOs and devices are refused at their path.</summary>
public sealed class ReadingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Site => _temp.Combine("site");

    private string Output => _temp.Combine("out");

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = BriefingsApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private (int Exit, string Output, string Error) Build() => Run("build", "--source", Site, "--output", Output, "--no-cache");

    private void MinimalSite()
    {
        _temp.Write("site/content/site.yml", TestSite.MinimalConfig);
        _temp.Write("site/content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01"));
    }

    /// <summary>Every byte of every file of the output, as text: what a reader of the site could see.</summary>
    private string Published() => Directory.Exists(Output)
        ? string.Concat(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText))
        : "";

    [Fact]
    public void A_text_article_linked_to_the_password_file_is_refused_at_the_link_and_published_nowhere()
    {
        MinimalSite();
        _temp.Write("site/content/briefings/leak.yml", "title: Leak\ndate: 2022-01-02\n");
        File.CreateSymbolicLink(_temp.Combine("site/content/briefings/leak.txt"), "/etc/passwd");

        var (exit, _, error) = Build();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("content/briefings/leak.txt:1:1: error READ001: this symbolic link leads outside the site folder (to /etc/passwd)", error);
        // The sidecar is not also reported as alone: one cause, one message.
        Assert.DoesNotContain("leak.yml", error);
        Assert.DoesNotContain("root:", Published());
        Assert.DoesNotContain("root:", error);
    }

    [Fact]
    public void Refused_links_are_refused_by_check_too()
    {
        MinimalSite();
        File.CreateSymbolicLink(_temp.Combine("site/content/briefings/b.md"), "/etc/passwd");
        var (exit, _, error) = Run("check", "--source", Site);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("content/briefings/b.md:1:1: error READ001", error);
    }

    [Fact]
    public void A_symlinked_folder_of_theme_assets_leading_outside_is_not_copied()
    {
        MinimalSite();
        _temp.Write("secret/private.key", "BEGIN PRIVATE KEY");
        Directory.CreateDirectory(_temp.Combine("site/templates/assets"));
        Directory.CreateSymbolicLink(_temp.Combine("site/templates/assets/vendor"), _temp.Combine("secret"));

        var (exit, _, error) = Build();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("templates/assets/vendor:1:1: error READ001", error);
        Assert.DoesNotContain("BEGIN PRIVATE KEY", Published());
    }

    [Fact]
    public void Links_that_stay_inside_the_site_are_followed()
    {
        MinimalSite();
        _temp.Write("site/shared/b.md", TestSite.Briefing("title: Shared B\ndate: 2022-01-03"));
        File.CreateSymbolicLink(_temp.Combine("site/content/briefings/b.md"), "../../shared/b.md");
        Directory.CreateDirectory(_temp.Combine("site/static"));
        Directory.CreateSymbolicLink(_temp.Combine("site/static/docs"), "../shared");

        var (exit, _, error) = Build();

        Assert.True(exit == 0, error);
        Assert.Contains("Shared B", File.ReadAllText(Path.Combine(Output, "briefings", "b", "index.html")));
        Assert.True(File.Exists(Path.Combine(Output, "docs", "b.md")));
    }

    [Fact]
    public void A_link_to_dev_zero_is_refused_without_reading_it()
    {
        MinimalSite();
        File.CreateSymbolicLink(_temp.Combine("site/content/briefings/zero.md"), "/dev/zero");
        // Inside the site, a device is refused for what it is.
        var (exit, _, error) = Build();
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("content/briefings/zero.md:1:1: error READ001", error);
    }

    [Fact]
    public void A_socket_inside_the_site_is_refused_for_what_it_is()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "file kinds come from statx on Linux");
        MinimalSite();
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(_temp.Combine("site/content/briefings/s.md")));

        var (exit, _, error) = Build();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("content/briefings/s.md:1:1: error READ002: this is a socket, not a file; it is not read", error);
    }

    [Fact]
    public void Devices_are_told_from_files_without_opening_them()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "file kinds come from statx on Linux");
        Assert.Equal(FileKind.CharacterDevice, FileFacts.Of("/dev/null", follow: false).Kind);
        Assert.Equal(FileKind.CharacterDevice, FileFacts.Of("/dev/zero", follow: true).Kind);
        Assert.Equal(FileKind.Directory, FileFacts.Of("/dev", follow: false).Kind);
        _temp.Write("f.txt", "12345");
        Assert.Equal((FileKind.Regular, 5L), FileFacts.Of(_temp.Combine("f.txt"), follow: false));
    }

    [Fact]
    public void A_fifo_is_refused_without_opening_it_and_the_build_ends_promptly()
    {
        ExternalTool.Require(File.Exists("/usr/bin/mkfifo"), "/usr/bin/mkfifo is missing, so a FIFO cannot be made", "install coreutils");
        MinimalSite();
        using (var mkfifo = Process.Start("/usr/bin/mkfifo", [_temp.Combine("site/content/briefings/pipe.md")])) mkfifo.WaitForExit();

        var clock = Stopwatch.StartNew();
        var (exit, _, error) = Build();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("content/briefings/pipe.md:1:1: error READ002: this is a FIFO (named pipe), not a file; it is not read", error);
    }

    [Fact]
    public void A_folder_linked_to_one_of_its_parents_is_a_loop_reported_once()
    {
        MinimalSite();
        Directory.CreateSymbolicLink(_temp.Combine("site/content/briefings/again"), "..");
        var (exit, _, error) = Build();
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("content/briefings/again:1:1: error READ003", error);
        Assert.Single(error.Split('\n'), l => l.Contains("READ003"));
    }

    [Fact]
    public void A_link_to_itself_is_a_loop()
    {
        MinimalSite();
        File.CreateSymbolicLink(_temp.Combine("site/content/briefings/self.md"), "self.md");
        var (exit, _, error) = Build();
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("content/briefings/self.md:1:1: error READ003: this symbolic link is not read: a loop of symbolic links", error);
    }

    [Fact]
    public void A_link_to_nothing_is_reported_at_the_link()
    {
        MinimalSite();
        File.CreateSymbolicLink(_temp.Combine("site/content/briefings/gone.md"), "nowhere.md");
        var (_, _, error) = Build();
        Assert.Contains("content/briefings/gone.md:1:1: error READ004: this symbolic link is not read: it leads to nothing", error);
    }

    [Fact]
    public void Folders_linked_to_each_other_many_times_over_stop_at_a_bound()
    {
        MinimalSite();
        // Each level links twice to the next: 2^20 paths without a loop, unless the walk is bounded.
        for (var level = 0; level < 20; level++)
        {
            Directory.CreateDirectory(_temp.Combine($"site/content/levels/{level}"));
            Directory.CreateSymbolicLink(_temp.Combine($"site/content/levels/{level}/x"), $"../{level + 1}");
            Directory.CreateSymbolicLink(_temp.Combine($"site/content/levels/{level}/y"), $"../{level + 1}");
        }
        Directory.CreateDirectory(_temp.Combine("site/content/levels/20"));
        var clock = Stopwatch.StartNew();
        var input = SiteReader.Read(Site);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Single(input.Refusals, d => d.Code == "READ003" && d.Message.Contains("10,000 folders"));
    }

    [Fact]
    public void A_file_read_is_bounded_by_the_bytes_read_not_the_size_it_claims()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");
        // /dev/zero says its size is 0: a reader trusting it would read until memory runs out.
        var failure = Assert.Throws<InputChangedException>(() => InputFile.OnDisk("content/zero.md", "/dev/zero").Bytes);
        Assert.Contains("more than the 16 MiB", failure.Message);
        Assert.Throws<InputChangedException>(() => { using var lent = InputFile.OnDisk("content/zero.md", "/dev/zero").Lend(); });
    }

    [Fact]
    public void A_file_that_grows_past_the_cap_after_it_was_listed_is_not_read_past_it()
    {
        _temp.Write("site/content/briefings/big.md", "small");
        var file = InputFile.OnDisk("content/briefings/big.md", _temp.Combine("site/content/briefings/big.md"), size: 5);
        File.WriteAllBytes(_temp.Combine("site/content/briefings/big.md"), new byte[InputFile.MaxBytes + 1]);

        Assert.Contains("grew past 16 MiB", Assert.Throws<InputChangedException>(() => file.Bytes).Message);
        Assert.Throws<InputChangedException>(() => { using var lent = file.Lend(); });
    }

    [Fact]
    public void A_base_url_with_a_password_on_the_command_line_is_a_usage_error_that_never_echoes_it()
    {
        MinimalSite();
        var (exit, output, error) = Run("build", "--source", Site, "--output", Output, "--base-url", "https://user:secret@example.org/");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--base-url must not hold a user name or password", error);
        Assert.DoesNotContain("secret", error + output + Published());
    }

    [Fact]
    public void A_base_url_with_a_password_given_by_a_library_caller_is_refused_and_published_nowhere()
    {
        var (result, output) = TestSite.Build(new Configuration.BuildOptions(false, new Uri("https://user:secret@example.org/")),
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01")));
        Assert.False(result.Succeeded);
        Assert.Contains(TestSite.Printed(result), d => d.Contains("error META004: the base URL must not hold a user name or password", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Files.Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void A_base_url_with_a_password_in_site_yml_is_an_error_at_its_line()
    {
        MinimalSite();
        _temp.Write("site/content/site.yml", "title: Test\nlanguage: fr\nbase_url: https://user:secret@example.org/\n");
        var (exit, output, error) = Build();
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("content/site.yml:3:11: error META004: 'base_url' must not hold a user name or password", error);
        Assert.DoesNotContain("secret", error + output + Published());
    }
}
