using Briefings.Diagnostics;

namespace Briefings.Pipeline;

/// <summary>What a build reports: its diagnostics, sorted, how many files it wrote, and what each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount)
{
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];

    /// <summary>Every stage's value, for a caller that keeps the site between builds; null when no build ran.</summary>
    public SiteState? State { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>With <c>--strict</c>, warnings fail the build too; all but PUB001: a site meant to be read from disk has no
    /// base URL by design, and strict builds of it must still pass.</summary>
    public bool SucceededStrictly => Diagnostics.All(d => d.Code == DiagnosticCodes.NoBaseUrl);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
