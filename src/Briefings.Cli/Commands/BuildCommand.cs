using System.CommandLine;
using System.Diagnostics;
using Briefings.Configuration;
using Briefings.Output;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: reads DIR/content and DIR/templates, writes DIR/_site atomically.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error) => Create(output, error, Interruption.None());

    public static Command Create(TextWriter output, TextWriter error, Interruption interruption)
    {
        var options = new SiteOptions();
        var outputFolder = new Option<DirectoryInfo>("--output", "-o") { Description = "Where to write the site (default: SOURCE/_site)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Build everything from scratch, without reading or writing the build cache (SOURCE/.briefings-cache)" };
        var force = new Option<bool>("--force") { Description = "Write into an output folder that holds files Briefings did not write: they are replaced by the site, except what 'keep:' (and .git, CNAME, .nojekyll) keeps" };
        var command = new Command("build", "Build the site into the output folder; the previous output stays as it was unless the build succeeds.");
        options.AddTo(command);
        command.Options.Add(outputFolder);
        command.Options.Add(noCache);
        command.Options.Add(force);
        command.SetAction(parsed =>
        {
            var site = options.SiteFolder(parsed);
            if (!Directory.Exists(site))
            {
                error.WriteLine($"error: the site folder '{site}' does not exist");
                return ExitCodes.Usage;
            }
            var target = parsed.GetValue(outputFolder)?.FullName ?? Path.Combine(site, "_site");
            if (options.BuildOptions(parsed, error) is not { } buildOptions) return ExitCodes.Usage;
            var settings = new FolderBuildSettings(parsed.GetValue(options.Strict), !parsed.GetValue(noCache), parsed.GetValue(force), interruption.Claim(), interruption.Observe);
            return Run(site, target, buildOptions, settings, output, error, result => options.PrintTimings(parsed, result, output), interruption);
        });
        return command;
    }

    public static int Run(string site, string target, BuildOptions options, bool strict, TextWriter output, TextWriter error,
        Action<Pipeline.BuildResult>? timings = null, bool useCache = true) =>
        Run(site, target, options, new FolderBuildSettings(strict, useCache), output, error, timings, Interruption.None());

    public static int Run(string site, string target, BuildOptions options, FolderBuildSettings settings, TextWriter output, TextWriter error,
        Action<Pipeline.BuildResult>? timings, Interruption interruption)
    {
        var clock = Stopwatch.StartNew();
        var result = FolderBuild.Run(site, target, options, settings);
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), target);
        if (result.Build is { } build)
        {
            SiteOptions.Report(build, settings.Strict, error);
            timings?.Invoke(build);
        }
        switch (result.Outcome)
        {
            case FolderBuildOutcome.Refused:
                // Not a misuse of the command line: a folder the build must not replace (or another build in it).
                error.WriteLine($"error: {result.Message}");
                error.WriteLine($"nothing was written; {shown} was left as it was");
                return ExitCodes.ContentErrors;
            case FolderBuildOutcome.WriteFailed:
                error.WriteLine($"error: {result.Message}; {shown} was left as it was");
                return ExitCodes.ContentErrors;
            case FolderBuildOutcome.Interrupted:
                error.WriteLine($"interrupted; {shown} was left as it was");
                return interruption.ExitCode;
            case FolderBuildOutcome.Failed:
                error.WriteLine($"build failed; {shown} was left as it was");
                return ExitCodes.ContentErrors;
            default:
                if (result.Replaced.Count > 0)
                {
                    error.WriteLine($"--force: replaced {result.Replaced.Count} entr{(result.Replaced.Count == 1 ? "y" : "ies")} of {shown} that Briefings had not written: " +
                        string.Join(", ", result.Replaced.Take(10)) + (result.Replaced.Count > 10 ? ", …" : ""));
                }
                var changes = result.Rendered is { } rendered ? $" ({rendered} rendered, {result.Rewritten} rewritten)" : "";
                output.WriteLine($"built {result.Build!.PageCount} pages into {shown}{changes} in {clock.ElapsedMilliseconds} ms");
                return ExitCodes.Success;
        }
    }
}
