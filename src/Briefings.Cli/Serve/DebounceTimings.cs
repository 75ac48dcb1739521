namespace Briefings.Cli.Serve;

/// <summary>How changes are gathered into one build.</summary>
/// <param name="Quiet">The build starts once no change came for this long (an editor's save is several events within a millisecond).</param>
/// <param name="Cap">…or this long after the first change, so a stream of changes that never pauses still builds.</param>
public sealed record DebounceTimings(TimeSpan Quiet, TimeSpan Cap)
{
    public static DebounceTimings Default { get; } = new(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));
}
