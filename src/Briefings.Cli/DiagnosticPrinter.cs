using Briefings.Diagnostics;

namespace Briefings.Cli;

/// <summary>Prints diagnostics one a line, as editors and CI annotate them, then a count.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0) writer.WriteLine($"{Plural(errors, "error")}, {Plural(warnings, "warning")}");
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
