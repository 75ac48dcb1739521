namespace Briefings.Pipeline;

/// <summary>
/// How long one named stage of a build took, how many bytes it allocated (what the garbage collector later pays for)
/// and the processor time the whole process spent meanwhile (more than the elapsed time when the stage keeps several cores busy).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long Allocated = 0, TimeSpan Cpu = default);
