using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace Briefings.Cli;

/// <summary>
/// A writer every command prints through, a line at a time: with <c>--quiet</c> it drops what is not an error
/// (warnings and their count), and on a terminal that shows colours it paints <c>error CODE</c> red and
/// <c>warning CODE</c> yellow (through Spectre.Console, never escape codes by hand). A command added later gets
/// both without knowing of them: it only writes lines.
/// </summary>
public sealed partial class ConsoleLines : TextWriter
{
    private readonly TextWriter _inner;
    private readonly IAnsiConsole? _colours;
    private readonly StringBuilder _line = new();

    /// <param name="colours">Paint errors and warnings (only where <see cref="Terminal"/> allows).</param>
    public ConsoleLines(TextWriter inner, bool colours)
    {
        _inner = inner;
        if (colours)
        {
            _colours = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Yes,
                ColorSystem = ColorSystemSupport.Standard,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(inner),
            });
            _colours.Profile.Width = int.MaxValue; // a diagnostic stays on its line, as editors parse it
        }
    }

    /// <summary>Set after parsing, before the command runs: only errors go through.</summary>
    public bool Quiet { get; set; }

    /// <summary>Set after parsing: nothing goes through (standard output under <c>--quiet</c>).</summary>
    public bool Muted { get; set; }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            EndLine();
            return;
        }
        _line.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        var start = 0;
        for (var newline = value.IndexOf('\n'); newline >= 0; newline = value.IndexOf('\n', start))
        {
            _line.Append(value, start, newline - start);
            EndLine();
            start = newline + 1;
        }
        _line.Append(value, start, value.Length - start);
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        EndLine();
    }

    public override void Flush()
    {
        if (_line.Length > 0) EndLine();
        _inner.Flush();
    }

    private void EndLine()
    {
        var line = _line.ToString().TrimEnd('\r');
        _line.Clear();
        if (Muted || (Quiet && !IsError(line))) return;
        if (_colours is null)
        {
            _inner.WriteLine(line);
            return;
        }
        var kind = Kind().Match(line);
        if (!kind.Success)
        {
            _inner.WriteLine(line);
            return;
        }
        var (severity, code) = (kind.Groups["kind"], kind.Groups["code"]);
        var end = code.Success ? code.Index + code.Length : severity.Index + severity.Length;
        var colour = severity.Value == "warning" ? Color.Yellow : Color.Red;
        _colours.Write(new Spectre.Console.Text(line[..severity.Index]));
        _colours.Write(new Spectre.Console.Text(line[severity.Index..end], new Style(colour, decoration: Decoration.Bold)));
        _colours.Write(new Spectre.Console.Text(line[end..]));
        _inner.WriteLine();
    }

    /// <summary>What <c>--quiet</c> keeps: a diagnostic of severity error, any line that says <c>error</c> first
    /// (<c>error: …</c>, <c>internal error: …</c>) and the count of a failed build (<c>2 errors, 0 warnings</c>).</summary>
    public static bool IsError(string line)
    {
        var kind = Kind().Match(line);
        if (kind.Success) return kind.Groups["kind"].Value == "error";
        return ErrorCount().IsMatch(line) || line.StartsWith("internal error", StringComparison.Ordinal) || line.StartsWith("build failed", StringComparison.Ordinal)
            || line.StartsWith("warnings are errors", StringComparison.Ordinal) || line.StartsWith("This is a bug", StringComparison.Ordinal);
    }

    // "path:1:2: error CODE: …", "error: …", "warning CODE: …" (a diagnostic without a place).
    [GeneratedRegex(@"^(?:.+?:\d+:\d+: )?(?<kind>error|warning)(?<code> [A-Z]+[0-9]+)?:")]
    private static partial Regex Kind();

    [GeneratedRegex(@"^[1-9][\d,]* errors?, ")]
    private static partial Regex ErrorCount();
}
