using System.CommandLine;
using System.Diagnostics;
using Briefings.Configuration;
using Briefings.Diagnostics;
using Briefings.Output;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: reads DIR/content and DIR/templates, writes DIR/_site atomically.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error) => Create(output, error, Interruption.None());

    public static Command Create(TextWriter output, TextWriter error, Interruption interruption) => Create(output, error, interruption, BuildProgress.None);

    public static BriefingsCommand Create(TextWriter output, TextWriter error, Interruption interruption, BuildProgress progress)
    {
        var options = new SiteOptions();
        var outputFolder = new Option<DirectoryInfo>("--output", "-o") { HelpName = "DIR", Description = "Where to write the site (default: SOURCE/_site)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Build everything from scratch, without reading or writing the build cache (SOURCE/.briefings-cache)" };
        var force = new Option<bool>("--force") { Description = "Write into an output folder that holds files Briefings did not write: they are replaced by the site, except what 'keep:' (and .git, CNAME, .nojekyll) keeps" };
        var command = new BriefingsCommand("build", "Build the site into _site (the previous output stays unless the build succeeds)",
            ("briefings build", "Build the site in the current folder into ./_site"),
            ("briefings build --source ~/notes --output /srv/www/notes", "Build another folder's site into a folder of your choice"),
            ("briefings build --drafts --base-url https://example.org/notes/", "Include drafts, with canonical links to where the site is published"),
            ("briefings build --verbose", "Also print how long each stage took"));
        options.AddTo(command);
        command.Options.Add(outputFolder);
        command.Options.Add(noCache);
        command.Options.Add(force);
        command.SetAction(parsed =>
        {
            if (SiteFolderCheck.Find(parsed, options.Source, error) is not { } site) return ExitCodes.Usage;
            var target = parsed.GetValue(outputFolder)?.FullName ?? Path.Combine(site, "_site");
            if (options.BuildOptions(parsed, error) is not { } buildOptions) return ExitCodes.Usage;
            // A build to publish: without base_url, it says once why there is no feed or sitemap (serve does not).
            buildOptions = buildOptions with { Publishing = true };
            var settings = new FolderBuildSettings(parsed.GetValue(options.Strict), !parsed.GetValue(noCache), parsed.GetValue(force), interruption.Claim(), interruption.Observe);
            return Run(site, target, buildOptions, settings, output, error, result => options.PrintTimings(parsed, result, output), interruption, progress);
        });
        return command;
    }

    public static int Run(string site, string target, BuildOptions options, bool strict, TextWriter output, TextWriter error,
        Action<Pipeline.BuildResult>? timings = null, bool useCache = true) =>
        Run(site, target, options, new FolderBuildSettings(strict, useCache), output, error, timings, Interruption.None());

    public static int Run(string site, string target, BuildOptions options, FolderBuildSettings settings, TextWriter output, TextWriter error,
        Action<Pipeline.BuildResult>? timings, Interruption interruption) =>
        Run(site, target, options, settings, output, error, timings, interruption, BuildProgress.None);

    public static int Run(string site, string target, BuildOptions options, FolderBuildSettings settings, TextWriter output, TextWriter error,
        Action<Pipeline.BuildResult>? timings, Interruption interruption, BuildProgress progress)
    {
        var clock = Stopwatch.StartNew();
        // Looked at before the build: a failed build leaves the output "as it was" only if there was one.
        var existed = Directory.Exists(target);
        var result = progress.Run("Building", stage => FolderBuild.Run(site, target, options with { StageStarted = stage }, settings));
        var untouched = existed ? $"{target} was left as it was" : $"nothing was written to {target}";
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
                error.WriteLine(existed ? $"nothing was written; {untouched}" : untouched);
                return ExitCodes.ContentErrors;
            case FolderBuildOutcome.WriteFailed or FolderBuildOutcome.InputChanged:
                error.WriteLine($"error: {result.Message}; {untouched}");
                return ExitCodes.ContentErrors;
            case FolderBuildOutcome.Interrupted:
                error.WriteLine($"interrupted; {untouched}");
                return interruption.ExitCode;
            case FolderBuildOutcome.Failed:
                error.WriteLine($"build failed; {untouched}");
                return ExitCodes.ContentErrors;
            default:
                if (result.Replaced.Count > 0)
                {
                    error.WriteLine($"--force: replaced {result.Replaced.Count} entr{(result.Replaced.Count == 1 ? "y" : "ies")} of {target} that Briefings had not written: " +
                        string.Join(", ", result.Replaced.Take(10)) + (result.Replaced.Count > 10 ? ", …" : ""));
                }
                var warnings = result.Build!.Diagnostics.Count(d => d.Severity == Severity.Warning);
                output.WriteLine(Summary.Built(result.Build.PageCount, clock.Elapsed, warnings, target, result.Rendered, result.Rewritten));
                return ExitCodes.Success;
        }
    }
}
