using System.CommandLine;

namespace Briefings.Cli;

/// <summary>
/// What a command line System.CommandLine could not parse gets, instead of its raw errors: one message about the
/// first word it did not know (<c>'buidl' is not a briefings command. Did you mean 'build'?</c>), the close name if
/// there is one, and where to read more (<c>briefings build --help</c>, not the root's help).
/// </summary>
public static class UsageErrors
{
    public static void Print(ParseResult parsed, TextWriter error)
    {
        var command = parsed.CommandResult.Command;
        var path = PathOf(parsed.CommandResult);
        var unknown = parsed.UnmatchedTokens.FirstOrDefault();
        if (unknown is not null && !unknown.StartsWith('-') && (command.Subcommands.Count > 0 || command is RootCommand))
        {
            UnknownCommand(unknown, command, path, error);
            return;
        }
        if (unknown is null && command.Subcommands.Count > 0 && command.Action is null)
        {
            // 'briefings new' alone: which commands it groups, rather than "Required command was not provided."
            error.WriteLine($"error: '{path}' needs one of its commands: {string.Join(" or ", command.Subcommands.Select(c => c.Name))}.");
            ListCommands(command, error);
            error.WriteLine($"Run '{path} --help' for more.");
            return;
        }
        if (unknown is not null && unknown.StartsWith('-'))
        {
            var option = unknown.Split('=', 2)[0];
            var guess = DidYouMean.Closest(option, OptionNames(command));
            error.WriteLine($"error: '{option}' is not an option of '{path}'.{(guess is null ? "" : $" Did you mean '{guess}'?")}");
        }
        else if (unknown is not null)
        {
            // 'briefings build mysite': a folder given where --source was meant.
            var source = Directory.Exists(unknown) && command.Options.Any(o => o.Name == "--source") ? $" For the site in that folder: {path} --source {unknown}" : "";
            error.WriteLine($"error: '{path}' takes no argument '{unknown}'.{source}");
        }
        else if (Missing(parsed) is { } missing)
        {
            error.WriteLine($"error: {missing}");
        }
        else
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"error: {parseError.Message}");
        }
        error.WriteLine($"Run '{path} --help' for its options and examples.");
    }

    /// <summary>An unknown command: one error with a guess, then the commands there are.</summary>
    public static void UnknownCommand(string typed, Command parent, string path, TextWriter error)
    {
        var visible = parent.Subcommands.Where(c => !c.Hidden).ToList();
        var guess = DidYouMean.Closest(typed, visible.Select(c => c.Name));
        var what = parent is RootCommand ? "a briefings command" : $"a command of '{path}'";
        error.WriteLine($"error: '{typed}' is not {what}.{(guess is null ? "" : $" Did you mean '{guess}'?")}");
        ListCommands(parent, error);
        error.WriteLine($"Run '{path} --help' for more.");
    }

    private static void ListCommands(Command parent, TextWriter error)
    {
        var visible = parent.Subcommands.Where(c => !c.Hidden).ToList();
        error.WriteLine();
        error.WriteLine("Commands:");
        var width = visible.Max(c => c.Name.Length);
        foreach (var candidate in visible) error.WriteLine($"  {candidate.Name.PadRight(width)}  {candidate.Description}");
        error.WriteLine();
    }

    /// <summary>What is missing, said with the name and meaning of the argument or option that needs a value.</summary>
    private static string? Missing(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0))
        {
            if (parsed.GetResult(argument) is { Tokens.Count: > 0 }) continue;
            var example = command is BriefingsCommand { Examples.Count: > 0 } withExamples ? $", as in: {withExamples.Examples[0].Line}" : "";
            return $"'{PathOf(parsed.CommandResult)}' needs {argument.Name}: {Lower(argument.Description)}{example}";
        }
        foreach (var option in command.Options.Concat(command.Parents.OfType<Command>().SelectMany(c => c.Options.Where(o => o.Recursive))))
        {
            if (parsed.GetResult(option) is System.CommandLine.Parsing.OptionResult { Tokens.Count: 0, Implicit: false, IdentifierToken: not null } given
                && option.Arity.MinimumNumberOfValues > 0)
            {
                return $"{given.IdentifierToken.Value} needs a value: {Lower(option.Description)}";
            }
        }
        return null;
    }

    private static string Lower(string? text) => string.IsNullOrEmpty(text) ? "" : char.ToLowerInvariant(text[0]) + text[1..];

    public static string PathOf(System.CommandLine.Parsing.SymbolResult? result)
    {
        var names = new List<string>();
        for (var at = result; at is not null; at = at.Parent)
        {
            if (at is System.CommandLine.Parsing.CommandResult { Command: var command }) names.Add(command is RootCommand ? "briefings" : command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }

    private static IEnumerable<string> OptionNames(Command command)
    {
        for (var at = command; at is not null; at = at.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in at.Options.Where(o => !o.Hidden && (ReferenceEquals(at, command) || o.Recursive)))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal))) yield return alias;
            }
        }
    }
}
