using Briefings.Configuration;
using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary>The build tells a front end each stage as it starts (what the progress display shows), and nothing else changes.</summary>
public sealed class BuildStageCallbackTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_stage_is_told_in_order_from_read_to_commit()
    {
        _temp.Write("s/content/site.yml", "title: T\n");
        _temp.Write("s/content/briefings/a.md", "---\ntitle: A\ndate: 2026-01-01\n---\nx\n");
        var told = new List<string>();
        var result = FolderBuild.Run(_temp.Combine("s"), _temp.Combine("out"), new BuildOptions { StageStarted = told.Add }, new FolderBuildSettings(UseCache: false));

        Assert.Equal(FolderBuildOutcome.Built, result.Outcome);
        Assert.Equal(["read", "load", "parse", "process", "assemble", "index", "plan", "render", "commit"], told);
        Assert.Equal(result.Build!.Stages.Select(s => s.Stage).Where(s => s != "cache"), told);
    }
}
