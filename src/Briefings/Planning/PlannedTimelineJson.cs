namespace Briefings.Planning;

/// <summary>The timeline in TimelineJS3's format: every event, or one year's (<paramref name="Year"/>) for large timelines.</summary>
public sealed record PlannedTimelineJson(string Path, int? Year = null) : PlannedOutput(Path, "application/json");
