namespace Briefings.Planning;

/// <summary>Every file a build writes, in a stable order; nothing is written that is not listed here.</summary>
public sealed record OutputPlan(IReadOnlyList<PlannedOutput> Outputs)
{
    public IEnumerable<PlannedPage> Pages => Outputs.OfType<PlannedPage>();
}
