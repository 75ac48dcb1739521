using Briefings.Diagnostics;

namespace Briefings.Pipeline;

/// <summary>Runs the named stages of one build in turn, gathering what each reports and how long it took.</summary>
/// <param name="started">Told each stage's name as it starts (see <see cref="Configuration.BuildOptions.StageStarted"/>).</param>
public sealed class StageLog(Action<string>? started = null)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];

    public T Run<T>(string name, Func<Staged<T>> stage)
    {
        started?.Invoke(name);
        var meter = StageMeter.Start();
        var (value, diagnostics) = stage();
        foreach (var diagnostic in diagnostics) _diagnostics.Add(diagnostic);
        _timings.Add(meter.Stop(name));
        return value;
    }

    public BuildResult Result(int outputCount) => new(_diagnostics.ToSortedList(), outputCount) { Stages = _timings.ToList() };
}
