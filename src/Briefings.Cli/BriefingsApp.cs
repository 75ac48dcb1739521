using System.CommandLine;
using System.CommandLine.Help;
using Briefings.Cli.Commands;

namespace Briefings.Cli;

/// <summary>
/// The <c>briefings</c> command line: parses arguments and hands each command to the library.
/// A new command is a <see cref="BriefingsCommand"/> (with its examples) added in one line to <see cref="Commands"/>;
/// it then gets <c>--help</c>, <c>briefings help NAME</c>, did-you-mean, <c>--quiet</c>, <c>--verbose</c> and colours
/// (its lines starting <c>error:</c> red) without more.
/// </summary>
public static class BriefingsApp
{
    public const string IssuesUrl = "https://github.com/briefings/briefings/issues";

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Interruption.None());

    /// <param name="interruption">The signals that stop a build (the process's own in <c>Program</c>).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Interruption interruption) =>
        Run(args, output, error, interruption, Terminal.Plain);

    /// <param name="terminal">What the writers can show: colours, a progress display (<see cref="Terminal.Plain"/> for writers that are not a terminal).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Interruption interruption, Terminal terminal)
    {
        var shownOutput = new ConsoleLines(output, terminal.ColourOutput);
        var shownError = new ConsoleLines(error, terminal.ColourErrors);
        try
        {
            return Dispatch(args, shownOutput, shownError, interruption, new BuildProgress(terminal, error));
        }
        finally
        {
            shownOutput.Flush();
            shownError.Flush();
        }
    }

    /// <summary>Every command, in the order help lists them.</summary>
    private static RootCommand Commands(TextWriter output, TextWriter error, Interruption interruption, BuildProgress progress) =>
        new("Briefings: builds a static site of briefings, with their timeline and glossary.")
        {
            NewCommand.Create(output, error),
            ServeCommand.Create(output, error, interruption),
            BuildCommand.Create(output, error, interruption, progress),
            CheckCommand.Create(output, error, progress),
            ImportCommand.Create(output, error),
        };

    private static int Dispatch(string[] args, ConsoleLines output, ConsoleLines error, Interruption interruption, BuildProgress progress)
    {
        var root = Commands(output, error, interruption, progress);
        root.Subcommands.Add(HelpCommand.Create(root, error));
        GlobalOptions.AddTo(root);
        HelpLayout.Apply(root);
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction();

        // 'briefings' alone: what it can do, rather than "Required command was not provided."
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpLayout and not VersionAction)
        {
            UsageErrors.Print(parsed, error);
            return ExitCodes.Usage;
        }
        if (parsed.Action is not HelpLayout and not VersionAction && GlobalOptions.Quiet(parsed))
        {
            if (GlobalOptions.Verbose(parsed))
            {
                error.WriteLine("error: --quiet and --verbose ask for opposite things; give one of them");
                return ExitCodes.Usage;
            }
            output.Muted = true;
            error.Quiet = true;
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
