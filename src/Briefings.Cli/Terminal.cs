namespace Briefings.Cli;

/// <summary>
/// What the process's terminal can show. Colours only on a terminal and never with <c>NO_COLOR</c> set
/// (https://no-color.org) or <c>TERM=dumb</c>; the progress display only when standard error is a terminal
/// outside CI. Writers given by a caller (tests, another program) get <see cref="Plain"/>: text only.
/// </summary>
/// <param name="ColourOutput">Standard output may carry colours.</param>
/// <param name="ColourErrors">Standard error may carry colours.</param>
/// <param name="Interactive">Standard error is a terminal a person watches: a progress display may redraw itself there.</param>
public sealed record Terminal(bool ColourOutput, bool ColourErrors, bool Interactive)
{
    public static Terminal Plain { get; } = new(false, false, false);

    /// <summary>The process's own terminal, as its environment describes it.</summary>
    public static Terminal OfProcess() => From(Environment.GetEnvironmentVariable, Console.IsOutputRedirected, Console.IsErrorRedirected);

    /// <param name="variable">Reads an environment variable (injected, so tests need not change the process's).</param>
    public static Terminal From(Func<string, string?> variable, bool outputRedirected, bool errorRedirected)
    {
        var dumb = variable("TERM") == "dumb";
        var colours = string.IsNullOrEmpty(variable("NO_COLOR")) && !dumb;
        // CI=true (GitHub, GitLab, our .ci/run) and the like: a log, even when a pseudo-terminal is attached.
        var ci = variable("CI") is { Length: > 0 } value && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";
        return new(colours && !outputRedirected, colours && !errorRedirected, !errorRedirected && !dumb && !ci);
    }
}
