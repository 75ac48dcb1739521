using System.Diagnostics;

namespace Briefings.Pipeline;

/// <summary>What a stage costs, measured from the moment this was started: elapsed time, bytes allocated and processor time.</summary>
public readonly struct StageMeter
{
    private readonly long _started;
    private readonly long _allocated;
    private readonly TimeSpan _cpu;

    private StageMeter(long started, long allocated, TimeSpan cpu)
    {
        _started = started;
        _allocated = allocated;
        _cpu = cpu;
    }

    public static StageMeter Start() => new(Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(), Environment.CpuUsage.TotalTime);

    public StageTiming Stop(string stage) =>
        new(stage, Stopwatch.GetElapsedTime(_started), GC.GetTotalAllocatedBytes() - _allocated, Environment.CpuUsage.TotalTime - _cpu);
}
