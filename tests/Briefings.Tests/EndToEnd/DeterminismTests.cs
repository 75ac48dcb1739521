using System.Diagnostics;
using Briefings.Bench;
using Briefings.Tests.Support;

namespace Briefings.Tests.EndToEnd;

/// <summary>
/// Two builds of one site write the same bytes, whether the runtime sees one core or two: no time stamps,
/// no hash or thread order in the output. Runs the real command in child processes, since the number of
/// cores a process sees is fixed when it starts (<c>DOTNET_PROCESSOR_COUNT</c>).
/// </summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_site_builds_byte_for_byte_alike_on_one_core_and_on_two()
    {
        // Enough of everything that parallel stages split their work, and listings and timelines paginate.
        SiteGenerator.Write(_temp.Combine("site"), briefings: 400, terms: 120, events: 700, seed: 7);
        Build("one", cores: 1);
        Build("two", cores: 2);
        Build("again", cores: 2);
        var one = Files("one");
        Assert.True(one.Count > 400, $"only {one.Count} files were written");
        OutputComparison.AssertIdentical(one, _temp.Combine("two"), "one core", "two cores");
        OutputComparison.AssertIdentical(one, _temp.Combine("again"), "first build", "second build");
    }

    private void Build(string output, int cores)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "briefings.dll"), "build", "--source", _temp.Combine("site"), "--output", _temp.Combine(output), "--no-cache" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_PROCESSOR_COUNT"] = cores.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the build did not finish in two minutes");
        Assert.True(process.ExitCode == 0, $"build on {cores} core(s) exited with {process.ExitCode}:\n{printed.Result}{error.Result}");
    }

    private Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(_temp.Combine(folder), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_temp.Combine(folder), f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
