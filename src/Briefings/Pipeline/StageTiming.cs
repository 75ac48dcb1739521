namespace Briefings.Pipeline;

/// <summary>How long one named stage of a build took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
