using System.CommandLine;
using System.Diagnostics;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Pipeline;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings check</c>: the whole build without writing, plus a check of every internal link and anchor.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error) => Create(output, error, BuildProgress.None);

    public static BriefingsCommand Create(TextWriter output, TextWriter error, BuildProgress progress)
    {
        var options = new SiteOptions();
        var command = new BriefingsCommand("check", "Build in memory, write nothing, and verify every internal link and anchor",
            ("briefings check", "Check the site in the current folder"),
            ("briefings check --strict", "Fail on warnings too, as a CI job would"),
            ("briefings check --source ~/notes --drafts", "Check another folder's site, drafts included"));
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            if (SiteFolderCheck.Find(parsed, options.Source, error) is not { } site) return ExitCodes.Usage;
            if (options.BuildOptions(parsed, error) is not { } buildOptions) return ExitCodes.Usage;
            // A build to publish: without base_url, it says once why there is no feed or sitemap (serve does not).
            buildOptions = buildOptions with { Publishing = true };

            var clock = Stopwatch.StartNew();
            BuildResult result;
            try
            {
                result = progress.Run("Checking", stage =>
                {
                    stage("read");
                    return SiteBuilder.Check(SiteReader.Read(site), buildOptions with { StageStarted = stage });
                });
            }
            catch (Exception e) when (Thrown.Find<InputChangedException>(e) is { } changed)
            {
                // A file that changed, or grew past its limit, while it was read (wrapped when a parallel stage read it): the site's doing, not a bug.
                error.WriteLine($"error: {changed.Message}");
                return ExitCodes.ContentErrors;
            }
            options.PrintTimings(parsed, result, output);
            if (!SiteOptions.Report(result, parsed.GetValue(options.Strict), error)) return ExitCodes.ContentErrors;
            output.WriteLine(Summary.Checked(result.PageCount, clock.Elapsed, result.Diagnostics.Count(d => d.Severity == Severity.Warning)));
            return ExitCodes.Success;
        });
        return command;
    }
}
