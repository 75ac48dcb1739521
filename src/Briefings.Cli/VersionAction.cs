using System.CommandLine;
using System.CommandLine.Invocation;

namespace Briefings.Cli;

/// <summary><c>--version</c>: <c>briefings 0.1.0 (commit …)</c> rather than System.CommandLine's bare informational version.</summary>
public sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(VersionText.Of(typeof(VersionAction).Assembly));
        return ExitCodes.Success;
    }
}
