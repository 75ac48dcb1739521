using Briefings.Configuration;
using Briefings.Output;
using Briefings.Tests.Support;
using static Briefings.Tests.Trust.OutputFolderTrust;

namespace Briefings.Tests.Trust;

/// <summary>
/// A build killed at any step of its swap leaves the old site or the new one in place, and the next build finishes
/// or undoes what it left, kept entries included, without trusting any process id. The kill is simulated by stopping
/// the commit after each step with an exception that nothing in the swap catches, so no clean-up runs, as after kill -9.
/// </summary>
public sealed class SwapRecoveryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed class SimulatedKill : Exception;

    public static TheoryData<CommitStep, bool> Steps()
    {
        var data = new TheoryData<CommitStep, bool>();
        foreach (var step in Enum.GetValues<CommitStep>())
        {
            foreach (var exchange in new[] { true, false })
            {
                if (step != CommitStep.OldMovedAside || !exchange) data.Add(step, exchange);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void A_build_killed_after_any_step_of_the_swap_leaves_a_site_and_the_next_build_recovers(CommitStep step, bool exchange)
    {
        var site = WriteSite(_temp);
        var output = _temp.Combine("out");
        Assert.Equal(FolderBuildOutcome.Built, FolderBuild.Run(site, output, BuildOptions.Default, new FolderBuildSettings()).Outcome);
        _temp.Write("out/CNAME", "example.org\n");
        _temp.Write("out/.git/HEAD", "ref: refs/heads/gh-pages\n");
        var oldSite = Pages(output);
        File.WriteAllText(Path.Combine(site, "content", "briefings", "c.md"), TestSite.Briefing("title: C\ndate: 2022-03-01"));

        var settings = new FolderBuildSettings(UseCache: false, Observe: s => { if (s == step) throw new SimulatedKill(); }) { Exchange = exchange };
        Assert.Throws<SimulatedKill>(() => FolderBuild.Run(site, output, BuildOptions.Default, settings));

        // Right after the kill: a whole site, old or new, is where the server looks (only its kept entries may be in the work folder).
        // The one exception is the fallback without an exchange: between its two renames, microseconds long, there is no output.
        if (step == CommitStep.OldMovedAside) Assert.False(Directory.Exists(output));
        var now = step == CommitStep.OldMovedAside ? oldSite : Pages(output);
        Assert.True(now.SequenceEqual(oldSite) || now.ContainsKey("briefings/c/index.html")
            // The new site's other files are the old one's, but for the search index, which grows with the content.
            && now.Keys.Where(k => k != "briefings/c/index.html" && !k.StartsWith("search/", StringComparison.Ordinal)).All(oldSite.ContainsKey),
            $"after a kill after {step}: {string.Join(", ", now.Keys)}");

        Assert.Equal(FolderBuildOutcome.Built, FolderBuild.Run(site, output, BuildOptions.Default, new FolderBuildSettings()).Outcome);
        Assert.True(File.Exists(Path.Combine(output, "briefings", "c", "index.html")));
        Assert.Equal("example.org\n", File.ReadAllText(Path.Combine(output, "CNAME")));
        Assert.Equal("ref: refs/heads/gh-pages\n", File.ReadAllText(Path.Combine(output, ".git", "HEAD")));
        Assert.False(File.Exists(Path.Combine(output, SwapJournal.MarkerName)));
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(_temp.Combine(".out.briefings")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(CommitStep.JournalWritten)]
    [InlineData(CommitStep.Swapped)]
    public void A_first_build_killed_midway_leaves_no_output_or_a_whole_one_and_the_next_build_finishes(CommitStep step)
    {
        var site = WriteSite(_temp);
        var output = _temp.Combine("out");
        var settings = new FolderBuildSettings(Observe: s => { if (s == step) throw new SimulatedKill(); });
        Assert.Throws<SimulatedKill>(() => FolderBuild.Run(site, output, BuildOptions.Default, settings));
        Assert.True(!Directory.Exists(output) || File.Exists(Path.Combine(output, "index.html")));
        Assert.Equal(FolderBuildOutcome.Built, FolderBuild.Run(site, output, BuildOptions.Default, new FolderBuildSettings()).Outcome);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(_temp.Combine(".out.briefings")).Select(Path.GetFileName));
    }

    [Fact]
    public void The_journal_is_followed_without_any_process_id()
    {
        // What a build killed between the two renames of the fallback leaves: no output, the staged site and the old one aside.
        var output = _temp.Combine("out");
        var work = _temp.Combine(".out.briefings");
        _temp.Write(".out.briefings/staging-1234/index.html", "new");
        SwapJournal.WriteMarker(Path.Combine(work, "staging-1234"), "1234");
        _temp.Write(".out.briefings/staging-1234.previous/index.html", "old");
        new SwapJournal("1234", "staging-1234", []).Write(work);
        using (var held = OutputLock.TryAcquire(output)!)
        {
            SwapJournal.Recover(held);
        }
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, SwapJournal.MarkerName)));
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(work).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_write_during_the_swap_puts_the_old_site_back_at_once()
    {
        var site = WriteSite(_temp);
        var output = _temp.Combine("out");
        Assert.Equal(FolderBuildOutcome.Built, FolderBuild.Run(site, output, BuildOptions.Default, new FolderBuildSettings()).Outcome);
        _temp.Write("out/CNAME", "example.org\n");
        var before = Snapshot(output);
        File.WriteAllText(Path.Combine(site, "content", "briefings", "c.md"), TestSite.Briefing("title: C\ndate: 2022-03-01"));
        var settings = new FolderBuildSettings(UseCache: false, Observe: s => { if (s == CommitStep.KeptMoved) throw new IOException("Input/output error", 5); });
        var result = FolderBuild.Run(site, output, BuildOptions.Default, settings);
        Assert.Equal(FolderBuildOutcome.WriteFailed, result.Outcome);
        Assert.Contains("input/output error", result.Message);
        Assert.Contains("the previous site was put back", result.Message);
        Assert.Equal(before, Snapshot(output));
    }

    /// <summary>The site's own files (the kept entries and the manifest aside), with their bytes.</summary>
    private static SortedDictionary<string, string> Pages(string output) =>
        new(Snapshot(output).Where(e => e.Value != "folder" && !e.Key.StartsWith(".git", StringComparison.Ordinal) && e.Key is not ("CNAME" or OwnershipManifest.FileName or SwapJournal.MarkerName))
            .ToDictionary(), StringComparer.Ordinal);
}
