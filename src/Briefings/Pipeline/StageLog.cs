using Briefings.Diagnostics;

namespace Briefings.Pipeline;

/// <summary>Runs the named stages of one build in turn, gathering what each reports and how long it took.</summary>
public sealed class StageLog
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];

    public T Run<T>(string name, Func<Staged<T>> stage)
    {
        var meter = StageMeter.Start();
        var (value, diagnostics) = stage();
        foreach (var diagnostic in diagnostics) _diagnostics.Add(diagnostic);
        _timings.Add(meter.Stop(name));
        return value;
    }

    public BuildResult Result(int outputCount) => new(_diagnostics.ToSortedList(), outputCount) { Stages = _timings.ToList() };
}
