namespace Briefings.Planning;

/// <summary>Every file a build writes, in a stable order; nothing is written that is not listed here.</summary>
/// <param name="EventPages">The page of the site timeline that holds each event, by id: where links to an event lead.</param>
public sealed record OutputPlan(IReadOnlyList<PlannedOutput> Outputs, IReadOnlyDictionary<string, string> EventPages)
{
    public IEnumerable<PlannedPage> Pages => Outputs.OfType<PlannedPage>();
}
