using Briefings.Pipeline;

namespace Briefings.Output;

/// <summary>How a build into a folder ended: the build's own result when it ran, and why not otherwise.</summary>
public sealed record FolderBuildResult(FolderBuildOutcome Outcome, BuildResult? Build, string? Message = null)
{
    /// <summary>Outputs rendered by this build (the others were kept from the last one, unchanged).</summary>
    public int? Rendered { get; init; }

    /// <summary>With <c>--force</c>, the entries no build wrote that the site replaced.</summary>
    public IReadOnlyList<string> Replaced { get; init; } = [];

    /// <summary>With an incremental build, the files whose bytes changed, so were rewritten.</summary>
    public int? Rewritten { get; init; }
}
