using System.Threading.Channels;

namespace Briefings.Cli.Serve;

/// <summary>
/// Turns changes into builds: waits for a change, gathers the ones that follow until <see cref="DebounceTimings.Quiet"/>
/// passes without one (or <see cref="DebounceTimings.Cap"/> since the first), then builds once. One build at a time:
/// changes made during a build wait in the channel and make exactly one more build after it.
/// </summary>
/// <param name="build">Given the paths that changed (<c>*</c> when the watcher lost count); runs one build.</param>
public sealed class RebuildLoop(ChannelReader<string> changes, DebounceTimings timings, TimeProvider clock, Func<IReadOnlyCollection<string>, CancellationToken, Task> build)
{
    /// <summary>Runs until <paramref name="stop"/>; a build that is running then is told by the same token.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (await changes.WaitToReadAsync(stop))
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                var first = clock.GetTimestamp();
                Drain(changed);
                while (await NextWithinAsync(Wait(first), stop)) Drain(changed);
                await build(changed, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private TimeSpan Wait(long first)
    {
        var left = timings.Cap - clock.GetElapsedTime(first);
        return left < timings.Quiet ? left : timings.Quiet;
    }

    /// <summary>True when another change came within <paramref name="wait"/>.</summary>
    private async Task<bool> NextWithinAsync(TimeSpan wait, CancellationToken stop)
    {
        if (wait <= TimeSpan.Zero) return false;
        using var quiet = new CancellationTokenSource(wait, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, quiet.Token);
        try
        {
            return await changes.WaitToReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }

    private void Drain(SortedSet<string> changed)
    {
        while (changes.TryRead(out var path)) changed.Add(path);
    }
}
