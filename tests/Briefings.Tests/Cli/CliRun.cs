using Briefings.Cli;

namespace Briefings.Tests.Cli;

/// <summary>The command line as a test runs it: plain writers, so the text is what a pipe or a log gets.</summary>
public static class CliRun
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = BriefingsApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
