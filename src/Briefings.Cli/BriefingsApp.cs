using System.CommandLine;
using Briefings.Cli.Commands;

namespace Briefings.Cli;

/// <summary>The <c>briefings</c> command line: parses arguments and hands each command to the library.</summary>
public static class BriefingsApp
{
    public const string IssuesUrl = "https://github.com/briefings/briefings/issues";

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Interruption.None());

    /// <param name="interruption">The signals that stop a build (the process's own in <c>Program</c>).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Interruption interruption)
    {
        var root = new RootCommand("Briefings: builds a static site of briefings, with their timeline and glossary.")
        {
            BuildCommand.Create(output, error, interruption),
            CheckCommand.Create(output, error),
            ImportCommand.Create(output, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"error: {parseError.Message}");
            error.WriteLine("Run 'briefings --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine($"This is a bug in Briefings, not in your site. Please report it with the command you ran: {IssuesUrl}");
            return ExitCodes.InternalError;
        }
    }
}
