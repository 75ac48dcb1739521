namespace Briefings.Diagnostics;

/// <summary>
/// Collects the diagnostics of a build. User errors are reported here, never thrown, so one run
/// shows every problem at once. Safe to use from parallel rendering.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    public bool HasErrorsIn(string path)
    {
        lock (_gate) return _items.Exists(d => d.Severity == Severity.Error && d.Location?.Path == path);
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void Error(string code, SourceLocation? at, string message) => Add(new(Severity.Error, code, message, at));

    public void Warning(string code, SourceLocation? at, string message) => Add(new(Severity.Warning, code, message, at));

    /// <summary>Adds every diagnostic of this bag to <paramref name="other"/>, in the order they were reported.</summary>
    public void CopyTo(DiagnosticBag other)
    {
        lock (_gate)
        {
            foreach (var diagnostic in _items) other.Add(diagnostic);
        }
    }

    /// <summary>Every diagnostic, sorted by file, line and column, then code, so output is stable.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Location?.Line ?? 0)
                .ThenBy(d => d.Location?.Column ?? 0)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
