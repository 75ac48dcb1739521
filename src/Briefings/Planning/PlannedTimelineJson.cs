namespace Briefings.Planning;

/// <summary>The whole timeline in TimelineJS3's format.</summary>
public sealed record PlannedTimelineJson(string Path) : PlannedOutput(Path, "application/json");
