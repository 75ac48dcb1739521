using System.Diagnostics;
using Briefings.Configuration;
using Briefings.Output;
using Briefings.Tests.Support;
using static Briefings.Tests.Trust.OutputFolderTrust;

namespace Briefings.Tests.Trust;

/// <summary>
/// The disk's refusals are the machine's problem, not a bug: exit 1, a message naming the path and the cause in
/// words, the previous site as it was. Real situations where the machine allows them (a private mount namespace
/// for a read-only or full file system, an immutable folder for root), synthetic errnos for the rest.
/// </summary>
public sealed class IoFailureTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(30, IoFailure.Cause.ReadOnly, "read-only")]
    [InlineData(28, IoFailure.Cause.DiskFull, "disk is full")]
    [InlineData(122, IoFailure.Cause.DiskFull, "quota")]
    [InlineData(16, IoFailure.Cause.Busy, "busy")]
    [InlineData(36, IoFailure.Cause.PathTooLong, "too long")]
    [InlineData(20, IoFailure.Cause.InTheWay, "in the way")]
    [InlineData(40, IoFailure.Cause.LinkLoop, "loop")]
    [InlineData(5, IoFailure.Cause.DeviceError, "input/output")]
    [InlineData(9999, IoFailure.Cause.Other, "refused")]
    public void Errnos_are_said_in_words_with_the_systems_message_naming_the_path(int errno, IoFailure.Cause cause, string words)
    {
        if (!OperatingSystem.IsLinux()) return;
        var failure = new IOException("Some error : '/srv/www/site/index.html'", errno);
        Assert.Equal(cause, IoFailure.Classify(failure));
        Assert.Contains(words, IoFailure.Describe(failure));
        Assert.Contains("'/srv/www/site/index.html'", IoFailure.Describe(failure));
    }

    [Fact]
    public void Permission_and_long_paths_have_their_own_exceptions()
    {
        Assert.Equal(IoFailure.Cause.Permission, IoFailure.Classify(new UnauthorizedAccessException("Access to the path '/x' is denied.", new IOException("Permission denied", 13))));
        Assert.Equal(IoFailure.Cause.Permission, IoFailure.Classify(new UnauthorizedAccessException("Access to the path '/x' is denied.")));
        Assert.Equal(IoFailure.Cause.PathTooLong, IoFailure.Classify(new PathTooLongException("The path '/x' is too long")));
        Assert.Same(Inner, IoFailure.Find(new AggregateException(new InvalidOperationException(), Inner)));
    }

    private static readonly IOException Inner = new("No space left on device", 28);

    [Fact]
    public void A_path_too_long_for_the_file_system_is_exit_1_naming_it()
    {
        var site = WriteSite(_temp);
        var output = _temp.Combine(new string('x', 300));
        var (exit, _, error) = Run("build", "--source", site, "--output", output);
        Assert.Equal(1, exit);
        Assert.Contains("too long", error);
        Assert.Contains("xxxxxxxx", error);
        Assert.DoesNotContain("internal error", error);
    }

    [Fact]
    public void The_exchange_of_two_folders_works_here_in_one_step()
    {
        if (!OperatingSystem.IsLinux()) return;
        _temp.Write("a/which", "a");
        _temp.Write("b/which", "b");
        Assert.True(DirectoryExchange.TryExchange(_temp.Combine("a"), _temp.Combine("b")), "renameat2(RENAME_EXCHANGE) is not available: builds use two renames");
        Assert.Equal("b", File.ReadAllText(_temp.Combine("a", "which")));
        Assert.Equal("a", File.ReadAllText(_temp.Combine("b", "which")));
    }

    [Fact]
    public void An_output_whose_parent_cannot_be_written_is_exit_1_and_the_old_site_stays()
    {
        var site = WriteSite(_temp);
        var parent = _temp.Combine("parent");
        var output = Path.Combine(parent, "out");
        Assert.Equal(0, Run("build", "--source", site, "--output", output, "--no-cache").Exit);
        File.AppendAllText(Path.Combine(site, "content", "briefings", "a.md"), "\nChanged.\n");
        var before = Snapshot(output);
        using (Unwritable(parent))
        {
            var (exit, _, error) = Run("build", "--source", site, "--output", output, "--no-cache");
            Assert.Equal(1, exit);
            Assert.Contains("could not write the site: permission denied", error);
            Assert.Contains(parent, error);
            Assert.DoesNotContain("internal error", error);
        }
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(Path.Combine(parent, ".out.briefings")).Select(Path.GetFileName));

        // A new output in that folder: the same, nothing made.
        using (Unwritable(parent))
        {
            var (exit, _, error) = Run("build", "--source", site, "--output", Path.Combine(parent, "new"), "--no-cache");
            Assert.Equal(1, exit);
            Assert.Contains("permission denied", error);
            Assert.DoesNotContain("swap", error);
        }
        Assert.False(Directory.Exists(Path.Combine(parent, "new")));
    }

    [Fact]
    public void A_read_only_file_system_is_exit_1_and_the_old_site_stays()
    {
        var (exit, error, before, after, listing) = InPrivateMount("mount -o remount,ro \"$M\"");
        Assert.Equal("1", exit);
        Assert.Contains("the file system is read-only", error);
        Assert.Contains("/out", error);
        Assert.Equal(before, after);
        Assert.DoesNotContain("staging", listing);
    }

    [Fact]
    public void A_full_disk_is_exit_1_and_the_old_site_stays()
    {
        var (exit, error, before, after, listing) = InPrivateMount("dd if=/dev/zero of=\"$M/fill\" bs=4k 2>/dev/null || true");
        Assert.Equal("1", exit);
        Assert.Contains("the disk is full", error);
        Assert.Equal(before, after);
        Assert.DoesNotContain("staging-", listing);
    }

    /// <summary>
    /// Builds into a small tmpfs mounted in a mount namespace of its own (gone with the process), breaks the file system
    /// with <paramref name="breakIt"/>, builds again; returns the second build's exit and errors, the output's checksums
    /// before and after, and what the work folder holds.
    /// </summary>
    private (string Exit, string Error, string Before, string After, string Listing) InPrivateMount(string breakIt)
    {
        var root = Environment.UserName == "root" && OperatingSystem.IsLinux() && File.Exists("/usr/bin/unshare");
        ExternalTool.Require(root, "a private mount namespace needs root and unshare (util-linux) on Linux, so a real read-only or full file system is not tested",
            "run the tests as root on Linux (CI does)");
        var site = WriteSite(_temp);
        for (var i = 0; i < 40; i++) _temp.Write($"site/content/briefings/n{i}.md", TestSite.Briefing($"title: N{i}\ndate: 2022-01-{1 + i % 28:00}", string.Concat(Enumerable.Repeat("Un texte assez long. ", 200))));
        var mount = _temp.Combine("mnt");
        Directory.CreateDirectory(mount);
        var briefings = Path.Combine(AppContext.BaseDirectory, "briefings.dll");
        var script = $"""
            set -e
            M='{mount}'; T='{_temp.Path}'
            mount -t tmpfs -o size=2m tmpfs "$M"
            dotnet '{briefings}' build --source '{site}' --output "$M/out" --no-cache > /dev/null
            echo '\nChanged.' >> '{site}/content/briefings/a.md'
            (cd "$M" && find out -type f | sort | xargs sha256sum) > "$T/before"
            {breakIt}
            set +e
            dotnet '{briefings}' build --source '{site}' --output "$M/out" --no-cache 2> "$T/error" > /dev/null
            echo $? > "$T/exit"
            (cd "$M" && find out -type f | sort | xargs sha256sum) > "$T/after"
            ls -A "$M/.out.briefings" > "$T/listing"
            """;
        var (exit, output, error) = ExternalProcess.Run("/usr/bin/unshare", TimeSpan.FromMinutes(2), "--mount", "--propagation", "private", "sh", "-c", script);
        Assert.True(exit == 0, $"the script failed ({exit}): {output}{error}");
        string Read(string name) => File.ReadAllText(_temp.Combine(name)).Trim();
        return (Read("exit"), Read("error"), Read("before"), Read("after"), Read("listing"));
    }

    /// <summary>
    /// Makes a folder refuse new entries: mode 0555 for an ordinary user; for root, whom modes do not stop, the
    /// immutable attribute (chattr +i), which stops root too. Undone when disposed.
    /// </summary>
    private static IDisposable Unwritable(string folder)
    {
        if (!OperatingSystem.IsWindows()) return UnwritableOnUnix(folder);
        Assert.Skip("NOT TESTED: an unwritable folder on Windows (ACLs)");
        return null!;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static IDisposable UnwritableOnUnix(string folder)
    {
        if (Environment.UserName != "root")
        {
            var mode = File.GetUnixFileMode(folder);
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            return new Undo(() => File.SetUnixFileMode(folder, mode));
        }
        var chattr = File.Exists("/usr/bin/chattr") && Chattr("+i", folder);
        ExternalTool.Require(chattr, "running as root, where mode 0555 does not stop writes, and chattr +i failed (no e2fsprogs, or a file system without the immutable attribute), so an unwritable parent is not tested",
            "apt-get install e2fsprogs, with the temporary folder on ext4, or run as an ordinary user");
        return new Undo(() => Chattr("-i", folder));
    }

    private static bool Chattr(string change, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/chattr", [change, folder]) { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
