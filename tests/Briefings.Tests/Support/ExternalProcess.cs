using System.Diagnostics;

namespace Briefings.Tests.Support;

/// <summary>Runs a program to completion, as a user would from a shell, and captures what it prints.</summary>
public static class ExternalProcess
{
    public static (int Exit, string Output, string Error) Run(string program, TimeSpan timeout, params string[] arguments) =>
        Run(program, timeout, new Dictionary<string, string?>(), arguments);

    /// <param name="environment">Variables to set for the program (a null value removes the variable).</param>
    public static (int Exit, string Output, string Error) Run(string program, TimeSpan timeout, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        // Both streams are drained at once: a program that fills one pipe while we wait on the other would hang.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} still ran after {timeout.TotalSeconds:F0} s and was killed");
        }
        process.WaitForExit(); // flushes the redirected streams
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
