using System.CommandLine;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings help [command]</c>: the same as <c>briefings [command] --help</c>.</summary>
public static class HelpCommand
{
    public static BriefingsCommand Create(RootCommand root, TextWriter error)
    {
        var names = new Argument<string[]>("COMMAND") { Description = "The command to explain (new site, build…); none for the list of commands", Arity = ArgumentArity.ZeroOrMore };
        var command = new BriefingsCommand("help", "Show how to use briefings, or one of its commands",
            ("briefings help build", "Explain build, its options and examples"),
            ("briefings help new site", "Explain new site"));
        command.Arguments.Add(names);
        command.SetAction(parsed =>
        {
            var words = parsed.GetValue(names) ?? [];
            var again = root.Parse([.. words, "--help"]);
            if (again.UnmatchedTokens.FirstOrDefault() is { } unknown)
            {
                UsageErrors.UnknownCommand(unknown, again.CommandResult.Command, UsageErrors.PathOf(again.CommandResult), error);
                return ExitCodes.Usage;
            }
            return again.Invoke(parsed.InvocationConfiguration);
        });
        return command;
    }
}
