using System.CommandLine;

namespace Briefings.Cli;

/// <summary><c>--quiet</c> and <c>--verbose</c>, given to every command (recursive options of the root), so a command
/// added later takes them without declaring them.</summary>
public static class GlobalOptions
{
    public const string QuietName = "--quiet";
    public const string VerboseName = "--verbose";

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(new Option<bool>(QuietName, "-q") { Description = "Print errors only: no summary, no warnings", Recursive = true });
        root.Options.Add(new Option<bool>(VerboseName, "-v") { Description = "Print more: how long each stage of a build took", Recursive = true });
    }

    public static bool Quiet(ParseResult parsed) => Given(parsed, QuietName);

    public static bool Verbose(ParseResult parsed) => Given(parsed, VerboseName);

    // By name, so that a command needs no reference to the root's options; false for a command parsed on its own.
    private static bool Given(ParseResult parsed, string name) => parsed.GetResult(name) is not null && parsed.GetValue<bool>(name);
}
