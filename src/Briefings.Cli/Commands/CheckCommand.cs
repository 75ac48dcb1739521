using System.CommandLine;
using Briefings.Content;
using Briefings.Pipeline;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings check</c>: the whole build without writing, plus a check of every internal link and anchor.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new SiteOptions();
        var command = new Command("check", "Build the site in memory, write nothing, and verify every internal link and anchor.");
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var site = options.SiteFolder(parsed);
            if (!Directory.Exists(site))
            {
                error.WriteLine($"error: the site folder '{site}' does not exist");
                return ExitCodes.Usage;
            }
            if (options.BuildOptions(parsed, error) is not { } buildOptions) return ExitCodes.Usage;

            Pipeline.BuildResult result;
            try
            {
                result = SiteBuilder.Check(SiteReader.Read(site), buildOptions);
            }
            catch (InputChangedException e)
            {
                // A file that changed, or grew past its limit, while it was read: the site's doing, not a bug.
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.ContentErrors;
            }
            options.PrintTimings(parsed, result, output);
            if (!SiteOptions.Report(result, parsed.GetValue(options.Strict), error)) return ExitCodes.ContentErrors;
            output.WriteLine($"checked {result.PageCount} pages: no errors");
            return ExitCodes.Success;
        });
        return command;
    }
}
