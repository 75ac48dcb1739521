using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Briefings.Cli;

/// <summary>System.CommandLine's help, followed by an Examples section for every command that has some (the root's
/// gathers each command's first), and the exit codes under the root's. Its layout is not public in 3.0, so the
/// sections are written after it.</summary>
public sealed class HelpLayout(HelpAction standard) : SynchronousCommandLineAction
{
    public static void Apply(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction standard) help.Action = new HelpLayout(standard);
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        standard.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        var command = parseResult.CommandResult.Command;
        Examples(command, output);
        if (command is RootCommand) ExitCodesSection(output);
        return ExitCodes.Success;
    }

    private static void Examples(Command command, TextWriter output)
    {
        var examples = command switch
        {
            BriefingsCommand briefings => briefings.Examples,
            RootCommand root => root.Subcommands.OfType<BriefingsCommand>().Where(c => c.Examples.Count > 0).Select(c => c.Examples[0]).ToList(),
            _ => [],
        };
        if (examples.Count == 0) return;
        output.WriteLine("Examples:");
        foreach (var (line, meaning) in examples)
        {
            output.WriteLine($"  {line}");
            output.WriteLine($"      {meaning}");
        }
        output.WriteLine();
    }

    private static void ExitCodesSection(TextWriter output)
    {
        output.WriteLine("Exit codes:");
        output.WriteLine("  0   success (warnings allowed, unless --strict)");
        output.WriteLine("  1   errors in the site, or a folder or file refused");
        output.WriteLine("  2   command-line misuse: an unknown command or option, no site where one was expected");
        output.WriteLine("  70  a bug in Briefings: please report it");
        output.WriteLine();
    }
}
