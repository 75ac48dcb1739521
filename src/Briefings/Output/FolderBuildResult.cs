using Briefings.Pipeline;

namespace Briefings.Output;

/// <summary>How a build into a folder ended: the build's own result when it ran, and why not otherwise.</summary>
public sealed record FolderBuildResult(FolderBuildOutcome Outcome, BuildResult? Build, string? Message = null);
