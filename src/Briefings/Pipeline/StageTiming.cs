namespace Briefings.Pipeline;

/// <summary>How long one named stage of a build took, and how many bytes it allocated (what the garbage collector later pays for).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long Allocated = 0);
