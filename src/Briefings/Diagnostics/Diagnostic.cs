namespace Briefings.Diagnostics;

/// <summary>One problem found by the build, printed as <c>path:line:col: error CODE: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location)
{
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return Location is { } at
            ? $"{at}: {severity} {Code}: {Message}"
            : $"{severity} {Code}: {Message}";
    }
}
