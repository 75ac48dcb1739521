namespace Briefings.Output;

/// <summary>How a build into a folder goes, besides the site's own options.</summary>
/// <param name="Strict">Warnings fail the build.</param>
/// <param name="UseCache">Keep and use the site's build cache (<c>.briefings-cache/</c>).</param>
/// <param name="Force">Take over an output folder that holds entries no build wrote: they are replaced by the site (kept entries excepted).</param>
/// <param name="Cancellation">Stops the build at its next file, before the swap; never during it.</param>
/// <param name="Observe">Told each step of the swap (the command line holds signals off meanwhile; tests stop there as a kill would).</param>
/// <param name="Safety">The current folder, home folders and mount points refusals are measured against; the machine's when null.</param>
public sealed record FolderBuildSettings(
    bool Strict = false,
    bool UseCache = true,
    bool Force = false,
    CancellationToken Cancellation = default,
    Action<CommitStep>? Observe = null,
    OutputSafety? Safety = null)
{
    /// <summary>Tests turn the one-step exchange off to go through the fallback's two renames, as on a file system without it.</summary>
    internal bool Exchange { get; init; } = true;
}
