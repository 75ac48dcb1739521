using System.CommandLine;
using System.Diagnostics;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: reads DIR/content and DIR/templates, writes DIR/_site atomically.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new SiteOptions();
        var outputFolder = new Option<DirectoryInfo>("--output", "-o") { Description = "Where to write the site (default: SOURCE/_site)" };
        var command = new Command("build", "Build the site into the output folder; the previous output stays as it was unless the build succeeds.");
        options.AddTo(command);
        command.Options.Add(outputFolder);
        command.SetAction(parsed =>
        {
            var site = options.SiteFolder(parsed);
            var target = parsed.GetValue(outputFolder)?.FullName ?? Path.Combine(site, "_site");
            return options.BuildOptions(parsed, error) is { } buildOptions
                ? Run(site, target, buildOptions, parsed.GetValue(options.Strict), output, error)
                : ExitCodes.Usage;
        });
        return command;
    }

    public static int Run(string site, string target, BuildOptions options, bool strict, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(site))
        {
            error.WriteLine($"error: the site folder '{site}' does not exist");
            return ExitCodes.Usage;
        }
        if (OutputFolderPolicy.Check(site, target) is { } refusal)
        {
            error.WriteLine($"error: {refusal}; choose another --output");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var input = SiteReader.Read(site);
        using var writer = new AtomicSiteWriter(target);
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(input, options, writer.Sink);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            // A full disk or a read-only folder is the machine's problem, not a bug: say so, keep the old site.
            writer.Abort();
            error.WriteLine($"error: could not write the site ({failure.Message}); {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)} was left as it was");
            return ExitCodes.ContentErrors;
        }
        if (!SiteOptions.Report(result, strict, error))
        {
            writer.Abort();
            error.WriteLine($"build failed; {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)} was left as it was");
            return ExitCodes.ContentErrors;
        }

        writer.Commit();
        output.WriteLine($"built {result.PageCount} pages into {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)} in {clock.ElapsedMilliseconds} ms");
        return ExitCodes.Success;
    }

    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException),
        _ => null,
    };
}
