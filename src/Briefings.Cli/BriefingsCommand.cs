using System.CommandLine;

namespace Briefings.Cli;

/// <summary>
/// A <c>briefings</c> command with the examples its <c>--help</c> ends with (see <see cref="HelpLayout"/>).
/// A new command is one of these, added in one line to <see cref="BriefingsApp"/>: help, <c>briefings help NAME</c>,
/// did-you-mean for its name and options, <c>--quiet</c>, <c>--verbose</c> and colours then work for it too.
/// </summary>
/// <param name="examples">Each a command line and what it does: <c>("briefings build --drafts", "Build, drafts included")</c>.</param>
public sealed class BriefingsCommand(string name, string description, params (string Line, string Meaning)[] examples) : Command(name, description)
{
    public IReadOnlyList<(string Line, string Meaning)> Examples { get; } = examples;
}
