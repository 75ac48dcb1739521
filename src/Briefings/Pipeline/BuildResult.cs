using Briefings.Diagnostics;

namespace Briefings.Pipeline;

/// <summary>What a build reports: its diagnostics, sorted, how many files it wrote, and what each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount)
{
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];

    /// <summary>Every stage's value, for a caller that keeps the site between builds; null when no build ran.</summary>
    public SiteState? State { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>With <c>--strict</c>, warnings fail the build too.</summary>
    public bool SucceededStrictly => Diagnostics.Count == 0;

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
