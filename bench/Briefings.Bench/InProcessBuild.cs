using System.Diagnostics;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;

namespace Briefings.Bench;

/// <summary>
/// Warm in-process builds into memory: the build's own cost, without process start or disk writes.
/// Several sites are built in turn, run after run, so that a noisy machine's drift falls on all alike.
/// </summary>
public static class InProcessBuild
{
    public static void Measure(IReadOnlyList<string> sites, int runs)
    {
        var inputs = sites.Select(SiteReader.Read).ToList();
        foreach (var input in inputs) Build(input); // warm-up: JIT, caches
        var wall = sites.Select(_ => new List<double>()).ToList();
        var cpu = sites.Select(_ => new List<double>()).ToList();
        var process = Process.GetCurrentProcess();
        for (var run = 0; run < runs; run++)
        {
            for (var s = 0; s < inputs.Count; s++)
            {
                GC.Collect();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                Build(inputs[s]);
                wall[s].Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu[s].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }
        for (var s = 0; s < sites.Count; s++)
        {
            Console.WriteLine($"{sites[s]}: wall median {Median(wall[s]):F0} ms (min {wall[s].Min():F0}), CPU median {Median(cpu[s]):F0} ms, {runs} runs");
        }
        if (sites.Count == 2)
        {
            Console.WriteLine($"ratio of medians, first/second: wall {Median(wall[0]) / Median(wall[1]):F2}, CPU {Median(cpu[0]) / Median(cpu[1]):F2}");
        }
    }

    private static void Build(SiteInput input)
    {
        var result = SiteBuilder.Build(input, BuildOptions.Default, new MemoryOutput());
        if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
