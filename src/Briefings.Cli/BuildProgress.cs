using System.Diagnostics;
using Spectre.Console;

namespace Briefings.Cli;

/// <summary>
/// The progress display of a long build: a spinner with the stage under way, drawn on standard error by
/// Spectre.Console, once the build has lasted a second, and only where a person watches a terminal
/// (<see cref="Terminal.Interactive"/>: never in pipes, logs, CI or with TERM=dumb). The work runs on another
/// thread meanwhile; it is told nothing of the display.
/// </summary>
public sealed class BuildProgress(Terminal terminal, TextWriter error)
{
    public static TimeSpan Delay { get; } = TimeSpan.FromSeconds(1);

    public static BuildProgress None { get; } = new(Terminal.Plain, TextWriter.Null);

    /// <param name="work">The build, given a callback to tell each stage's name as it starts.</param>
    public T Run<T>(string what, Func<Action<string>, T> work)
    {
        if (!terminal.Interactive) return work(_ => { });
        var stage = "reading";
        var task = Task.Run(() => work(name => Volatile.Write(ref stage, name)));
        if (task.Wait(Delay)) return task.GetAwaiter().GetResult();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = terminal.ColourErrors ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(error),
        });
        var clock = Stopwatch.StartNew();
        console.Status().Start($"{what}…", context =>
        {
            while (!task.Wait(TimeSpan.FromMilliseconds(100)))
            {
                context.Status(Markup.Escape($"{what}: {Volatile.Read(ref stage)} ({clock.Elapsed.TotalSeconds + Delay.TotalSeconds:F0} s)"));
            }
        });
        return task.GetAwaiter().GetResult();
    }
}
