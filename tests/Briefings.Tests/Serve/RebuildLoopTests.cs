using System.Diagnostics;
using System.Threading.Channels;
using Briefings.Cli.Serve;
using Briefings.Tests.Support;

namespace Briefings.Tests.Serve;

/// <summary>
/// Saves become builds: a burst is one build, an editor's save by rename is one build, changes during a build make
/// exactly one more after it, and two builds never run at once. First on the loop alone, then through the watcher on disk.
/// </summary>
public sealed class RebuildLoopTests : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(600);

    private readonly TempFolder _temp = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<IReadOnlyCollection<string>> _builds = [];
    private int _running;
    private int _overlapped;

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _temp.Dispose();
    }

    /// <summary>The loop with a build that records what it was given and can be held open.</summary>
    private Task Start(Func<Task>? during = null)
    {
        var loop = new RebuildLoop(_changes.Reader, DebounceTimings.Default, TimeProvider.System, async (changed, _) =>
        {
            if (Interlocked.Increment(ref _running) > 1) Interlocked.Increment(ref _overlapped);
            lock (_builds) _builds.Add(changed.ToList());
            if (during is not null) await during();
            Interlocked.Decrement(ref _running);
        });
        return Task.Run(() => loop.RunAsync(_stop.Token));
    }

    private int Builds
    {
        get { lock (_builds) return _builds.Count; }
    }

    private async Task WaitForBuilds(int count)
    {
        var clock = Stopwatch.StartNew();
        while (Builds < count && clock.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(10, TestContext.Current.CancellationToken);
        Assert.True(Builds >= count, $"{Builds} builds after 10 s, {count} expected");
        await Task.Delay(Settle, TestContext.Current.CancellationToken); // and no more after it
    }

    [Fact]
    public async Task A_burst_of_fifty_changes_is_one_build_with_every_path()
    {
        var loop = Start();
        for (var i = 0; i < 50; i++)
        {
            _changes.Writer.TryWrite($"content/briefings/b{i % 5}.md");
            await Task.Delay(2, TestContext.Current.CancellationToken);
        }
        await WaitForBuilds(1);
        Assert.Equal(1, Builds);
        Assert.Equal(5, _builds[0].Count);
        _stop.Cancel();
        await loop;
    }

    [Fact]
    public async Task A_stream_that_never_pauses_still_builds_within_the_cap()
    {
        var loop = Start();
        var clock = Stopwatch.StartNew();
        var longestGap = TimeSpan.Zero;
        var last = clock.Elapsed;
        while (Builds == 0 && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            _changes.Writer.TryWrite("content/a.md");
            await Task.Delay(20, TestContext.Current.CancellationToken);
            longestGap = TimeSpan.FromTicks(Math.Max(longestGap.Ticks, (clock.Elapsed - last).Ticks));
            last = clock.Elapsed;
        }
        Assert.Equal(1, Builds);
        Assert.True(clock.Elapsed <= TimeSpan.FromSeconds(2.5), $"no build within the cap: {clock.Elapsed}");
        // On a loaded machine a 20 ms delay can last past the quiet window, and then the stream did pause: the
        // early build is right, and only a stream that really never paused must wait for the cap.
        if (longestGap < TimeSpan.FromMilliseconds(90)) Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"built after {clock.Elapsed} of a stream that never paused");
        _stop.Cancel();
        await loop;
    }

    [Fact]
    public async Task Changes_during_a_build_make_exactly_one_more_build_after_it_never_two_at_once()
    {
        var release = new TaskCompletionSource();
        var first = true;
        var loop = Start(async () =>
        {
            if (!first) return;
            first = false;
            await release.Task;
        });
        _changes.Writer.TryWrite("content/a.md");
        var clock = Stopwatch.StartNew();
        while (Builds == 0 && clock.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(5, TestContext.Current.CancellationToken);
        for (var i = 0; i < 20; i++) _changes.Writer.TryWrite($"content/during-{i}.md");
        await Task.Delay(300, TestContext.Current.CancellationToken); // longer than the quiet time: still no second build while the first runs
        Assert.Equal(1, Builds);
        release.SetResult();
        await WaitForBuilds(2);
        Assert.Equal(2, Builds);
        Assert.Equal(20, _builds[1].Count);
        Assert.Equal(0, _overlapped);
        _stop.Cancel();
        await loop;
    }

    [Fact]
    public async Task Stopping_ends_the_loop_while_it_waits()
    {
        var loop = Start();
        _stop.Cancel();
        await loop.WaitAsync(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        Assert.Equal(0, Builds);
    }

    /// <summary>The watcher on a real folder feeding the loop.</summary>
    private (SourceWatcher Watcher, Task Loop) Watch(string site)
    {
        var watcher = new SourceWatcher(site, _changes.Writer, _ => { });
        return (watcher, Start());
    }

    private string SiteOnDisk()
    {
        _temp.Write("site/content/site.yml", TestSite.MinimalConfig);
        _temp.Write("site/content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2024-01-01"));
        return _temp.Combine("site");
    }

    [Fact]
    public async Task Fifty_writes_to_a_briefing_on_disk_are_one_build()
    {
        var site = SiteOnDisk();
        var (watcher, loop) = Watch(site);
        using (watcher)
        {
            var file = Path.Combine(site, "content", "briefings", "a.md");
            for (var i = 0; i < 50; i++) File.WriteAllText(file, TestSite.Briefing("title: A\ndate: 2024-01-01", $"Version {i}."));
            await WaitForBuilds(1);
            Assert.Equal(1, Builds);
            Assert.Contains("content/briefings/a.md", _builds[0]);
        }
        _stop.Cancel();
        await loop;
    }

    [Fact]
    public async Task A_save_by_rename_over_the_file_is_one_build_and_its_temporary_file_is_not_named()
    {
        var site = SiteOnDisk();
        var (watcher, loop) = Watch(site);
        using (watcher)
        {
            var folder = Path.Combine(site, "content", "briefings");
            var temporary = Path.Combine(folder, ".a.md.tmp");
            File.WriteAllText(temporary, TestSite.Briefing("title: A saved\ndate: 2024-01-01"));
            File.Move(temporary, Path.Combine(folder, "a.md"), overwrite: true);
            await WaitForBuilds(1);
            Assert.Equal(1, Builds);
            Assert.Equal(["content/briefings/a.md"], _builds[0]);
        }
        _stop.Cancel();
        await loop;
    }

    [Fact]
    public async Task A_vim_style_save_with_backup_and_probe_files_is_one_build()
    {
        var site = SiteOnDisk();
        var (watcher, loop) = Watch(site);
        using (watcher)
        {
            var folder = Path.Combine(site, "content", "briefings");
            File.WriteAllText(Path.Combine(folder, "4913"), "");
            File.Delete(Path.Combine(folder, "4913"));
            File.Move(Path.Combine(folder, "a.md"), Path.Combine(folder, "a.md~"));
            File.WriteAllText(Path.Combine(folder, "a.md"), TestSite.Briefing("title: A by vim\ndate: 2024-01-01"));
            File.Delete(Path.Combine(folder, "a.md~"));
            await WaitForBuilds(1);
            Assert.Equal(1, Builds);
        }
        _stop.Cancel();
        await loop;
    }

    [Fact]
    public async Task A_new_folder_with_a_briefing_in_it_and_a_templates_folder_made_later_are_seen()
    {
        var site = SiteOnDisk();
        var (watcher, loop) = Watch(site);
        using (watcher)
        {
            // The file may be written before the new folder's watch exists: the folder's own event is enough.
            _temp.Write("site/content/briefings/new/index.md", TestSite.Briefing("title: New\ndate: 2024-01-02"));
            await WaitForBuilds(1);
            _temp.Write("site/templates/404.html", "<p>lost</p>");
            await WaitForBuilds(2);
            Assert.Contains(_builds[1], p => p.StartsWith("templates", StringComparison.Ordinal));
            _temp.Write("site/templates/partials/footer.html", "<footer></footer>");
            await WaitForBuilds(3);
            _temp.Write("site/README.md", "not the site");
            await Task.Delay(Settle, TestContext.Current.CancellationToken);
            Assert.Equal(3, Builds);
        }
        _stop.Cancel();
        await loop;
    }
}
