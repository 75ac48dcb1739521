using System.Runtime;

namespace Briefings.Output;

/// <summary>
/// A stretch of a rebuild during which the runtime does not collect. A rebuild decodes the whole site from the
/// cache into a model that lives until the build ends, and renders almost nothing: a collection walks that model
/// to free next to nothing (at 10,000 briefings, its two collections took 80 to 120 ms of a 1.3 s rebuild).
/// Past the size asked for, when another build of the process holds such a stretch, or when the runtime refuses,
/// the collector works as usual: this only ever saves time, it never fails a build.
/// </summary>
internal sealed class QuietCollector : IDisposable
{
    private const long Least = 32L << 20;
    private const long Most = 512L << 20;

    private readonly bool _started;

    private QuietCollector(bool started) => _started = started;

    /// <summary>Asks for no collection during the next <paramref name="bytes"/> allocated (kept between 32 and 512 MB).</summary>
    public static QuietCollector For(long bytes)
    {
        try
        {
            return new QuietCollector(GC.TryStartNoGCRegion(Math.Clamp(bytes, Least, Most)));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Another build of this process is in one (the preview server, tests), or the size is more than this runtime allows.
            return new QuietCollector(false);
        }
    }

    public void Dispose()
    {
        if (!_started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The build allocated more than it asked for and the runtime left the region by itself: nothing to end.
        }
    }
}
