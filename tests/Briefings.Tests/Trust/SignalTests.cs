using System.Diagnostics;
using Briefings.Bench;
using Briefings.Output;
using Briefings.Tests.Support;
using static Briefings.Tests.Trust.OutputFolderTrust;

namespace Briefings.Tests.Trust;

/// <summary>
/// The real command, as a child process, signalled in the middle of a build: SIGTERM stops it at its next file, drops
/// its staging folder and leaves the old site (exit 143); as PID 1 of a container too, where an unhandled SIGTERM
/// would be ignored; and after kill -9, which nothing can handle, the next build cleans up without trusting pids.
/// </summary>
public sealed class SignalTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Briefings => Path.Combine(AppContext.BaseDirectory, "briefings.dll");

    /// <summary>A site whose build lasts seconds, built once into <c>out</c>, then changed so the next build writes something else.</summary>
    private (string Site, string Output, SortedDictionary<string, string> Old) BuiltSite()
    {
        var site = _temp.Combine("site");
        SiteGenerator.Write(site, briefings: 1500, terms: 100, events: 1000, seed: 11);
        var output = _temp.Combine("out");
        var (exit, _, error) = ExternalProcess.Run("dotnet", Patience, Briefings, "build", "--source", site, "--output", output, "--no-cache");
        Assert.True(exit == 0, error);
        File.AppendAllText(Path.Combine(site, "content", "briefings", "note-1.md"), "\nUne ligne de plus.\n");
        return (site, output, Snapshot(output));
    }

    private string Work => _temp.Combine(".out.briefings");

    /// <summary>Waits until the build has written files into its staging folder: it is rendering.</summary>
    private void WaitForRendering(Process process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            Assert.False(process.HasExited, "the build ended before it was signalled");
            if (Directory.Exists(Work) && Directory.EnumerateDirectories(Work, "staging-*").Any(s => Directory.EnumerateFiles(s, "*", SearchOption.AllDirectories).Take(20).Count() >= 20)) return;
            Thread.Sleep(20);
        }
        Assert.Fail("the build never started rendering");
    }

    private static Process Start(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }

    private static void Signal(Process process, string signal) => Signal(process.Id, signal);

    private static void Signal(int process, string signal)
    {
        using var kill = Process.Start("/bin/kill", [$"-{signal}", process.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>The process unshare forked (unshare itself ignores SIGTERM while it waits for it).</summary>
    private static int ChildOf(Process unshare)
    {
        var children = File.ReadAllText($"/proc/{unshare.Id}/task/{unshare.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return int.Parse(Assert.Single(children), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void AssertOldSiteAndNoStaging(string output, SortedDictionary<string, string> old)
    {
        Assert.Equal(old, Snapshot(output));
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(Work).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Sigterm_in_the_middle_of_a_build_leaves_the_old_site_and_no_staging_folder()
    {
        ExternalTool.Require(OperatingSystem.IsLinux() && File.Exists("/bin/kill"), "signals are sent with /bin/kill on Linux only", "run on Linux");
        var (site, output, old) = BuiltSite();
        using var build = Start("dotnet", Briefings, "build", "--source", site, "--output", output, "--no-cache");
        var reading = build.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        WaitForRendering(build);
        Signal(build, "TERM");
        Assert.True(build.WaitForExit(Patience), "the build did not end after SIGTERM");
        var error = await reading;
        Assert.True(build.ExitCode == 143, $"exit {build.ExitCode}: {error}");
        Assert.Contains("interrupted", error);
        AssertOldSiteAndNoStaging(output, old);
    }

    [Fact]
    public void As_pid_1_sigterm_is_handled_and_kill_9_is_cleaned_up_by_the_next_build()
    {
        ExternalTool.Require(OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/unshare"),
            "a process of PID 1 needs a PID namespace (unshare, as root, on Linux)", "run the tests as root on Linux (CI does)");
        var (site, output, old) = BuiltSite();
        string[] asPid1(string signal) => ["--pid", "--fork", "--mount-proc", $"--kill-child={signal}", "dotnet", Briefings, "build", "--source", site, "--output", output, "--no-cache"];

        // SIGTERM to the build, PID 1 of its namespace: the kernel delivers it from outside only because the build handles it.
        using (var build = Start("/usr/bin/unshare", asPid1("SIGKILL")))
        {
            WaitForRendering(build);
            Signal(ChildOf(build), "TERM");
            Assert.True(build.WaitForExit(Patience), "the build, PID 1, did not end after SIGTERM");
            WaitForLockFree(output);
        }
        AssertOldSiteAndNoStaging(output, old);

        // SIGKILL: the staging folder stays behind; the next build, PID 1 again, with no pid to go by, removes it.
        using (var build = Start("/usr/bin/unshare", asPid1("SIGKILL")))
        {
            WaitForRendering(build);
            Signal(ChildOf(build), "KILL");
            WaitForLockFree(output);
        }
        Assert.Equal(old, Snapshot(output));
        Assert.NotEmpty(Directory.EnumerateDirectories(Work, "staging-*"));
        var (exit, _, error) = ExternalProcess.Run("/usr/bin/unshare", Patience, ["--pid", "--fork", "--mount-proc", "dotnet", Briefings, "build", "--source", site, "--output", output, "--no-cache"]);
        Assert.True(exit == 0, error);
        Assert.Contains("Une ligne de plus.", File.ReadAllText(Path.Combine(output, "briefings", "note-1", "index.html")));
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(Work).Select(Path.GetFileName));
    }

    /// <summary>The build in another PID namespace cannot be waited for: its lock is, released by the kernel when it ends.</summary>
    private static void WaitForLockFree(string output)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            using (var held = OutputLock.TryAcquire(output))
            {
                if (held is not null) return;
            }
            Thread.Sleep(50);
        }
        Assert.Fail("the build still held its lock");
    }
}
