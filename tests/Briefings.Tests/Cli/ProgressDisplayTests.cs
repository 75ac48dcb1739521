using Briefings.Bench;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary>
/// The progress display as a person sees it: a build of more than a second in a terminal (a pseudo-terminal made by
/// util-linux's <c>script</c>) shows the stage under way; the same build in a pipe, or in a terminal under CI, shows none.
/// </summary>
public sealed class ProgressDisplayTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private const string Script = "/usr/bin/script";
    private readonly TempFolder _temp = new();

    private static string Briefings => Path.Combine(AppContext.BaseDirectory, "briefings.dll");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_long_build_in_a_terminal_shows_its_stage_and_a_pipe_or_ci_never_does()
    {
        ExternalTool.Require(File.Exists(Script), $"{Script} (util-linux) is missing: the progress display in a terminal is not tested", "apt-get install bsdutils");
        var site = _temp.Combine("site");
        // Long enough (well over the display's one-second delay) on any machine that runs the suite.
        SiteGenerator.Write(site, briefings: 1500, terms: 100, events: 1500, seed: 7);
        var command = $"dotnet '{Briefings}' build --source '{site}' --no-cache";
        var terminal = new Dictionary<string, string?> { ["CI"] = null, ["NO_COLOR"] = null, ["TERM"] = "xterm-256color" };

        var (exit, shown, _) = ExternalProcess.Run(Script, Patience, terminal, "-qec", command, "/dev/null");
        Assert.True(exit == 0, shown);
        Assert.Contains("Building", shown);
        Assert.Contains("\u001b[", shown);
        Assert.Contains("Built ", shown);

        var (pipedExit, output, error) = ExternalProcess.Run("dotnet", Patience, terminal, Briefings, "build", "--source", site, "--no-cache");
        Assert.True(pipedExit == 0, error);
        Assert.DoesNotContain("Building", output + error);
        Assert.DoesNotContain('\u001b', output + error);

        var underCi = new Dictionary<string, string?>(terminal) { ["CI"] = "true" };
        var (ciExit, ciShown, _) = ExternalProcess.Run(Script, Patience, underCi, "-qec", command, "/dev/null");
        Assert.True(ciExit == 0, ciShown);
        Assert.DoesNotContain("Building", ciShown);
    }
}
