using System.CommandLine;
using System.Diagnostics;
using Briefings.Configuration;
using Briefings.Output;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: reads DIR/content and DIR/templates, writes DIR/_site atomically.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new SiteOptions();
        var outputFolder = new Option<DirectoryInfo>("--output", "-o") { Description = "Where to write the site (default: SOURCE/_site)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Build everything from scratch, without reading or writing the build cache (SOURCE/.briefings-cache)" };
        var command = new Command("build", "Build the site into the output folder; the previous output stays as it was unless the build succeeds.");
        options.AddTo(command);
        command.Options.Add(outputFolder);
        command.Options.Add(noCache);
        command.SetAction(parsed =>
        {
            var site = options.SiteFolder(parsed);
            var target = parsed.GetValue(outputFolder)?.FullName ?? Path.Combine(site, "_site");
            if (options.BuildOptions(parsed, error) is not { } buildOptions) return ExitCodes.Usage;
            return Run(site, target, buildOptions, parsed.GetValue(options.Strict), output, error, result => options.PrintTimings(parsed, result, output), !parsed.GetValue(noCache));
        });
        return command;
    }

    public static int Run(string site, string target, BuildOptions options, bool strict, TextWriter output, TextWriter error,
        Action<Pipeline.BuildResult>? timings = null, bool useCache = true)
    {
        var clock = Stopwatch.StartNew();
        var result = FolderBuild.Run(site, target, options, strict, useCache);
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), target);
        if (result.Build is { } build)
        {
            SiteOptions.Report(build, strict, error);
            timings?.Invoke(build);
        }
        switch (result.Outcome)
        {
            case FolderBuildOutcome.Refused:
                error.WriteLine($"error: {result.Message}");
                return ExitCodes.Usage;
            case FolderBuildOutcome.WriteFailed:
                error.WriteLine($"error: {result.Message}; {shown} was left as it was");
                return ExitCodes.ContentErrors;
            case FolderBuildOutcome.Failed:
                error.WriteLine($"build failed; {shown} was left as it was");
                return ExitCodes.ContentErrors;
            default:
                var changes = result.Rendered is { } rendered ? $" ({rendered} rendered, {result.Rewritten} rewritten)" : "";
                output.WriteLine($"built {result.Build!.PageCount} pages into {shown}{changes} in {clock.ElapsedMilliseconds} ms");
                return ExitCodes.Success;
        }
    }
}
