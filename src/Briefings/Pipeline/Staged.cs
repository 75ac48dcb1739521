using Briefings.Diagnostics;

namespace Briefings.Pipeline;

/// <summary>What a stage or a unit of work returns: its value and the diagnostics it produced, so that a
/// cache can replay them with the value.</summary>
public sealed record Staged<T>(T Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static Staged<T> From(T value, DiagnosticBag diagnostics) => new(value, diagnostics.ToSortedList());
}
