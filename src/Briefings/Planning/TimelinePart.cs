using Briefings.Model;

namespace Briefings.Planning;

/// <summary>
/// One page of a timeline: all of it when it is small; otherwise a landing page of periods, a year, or a
/// month of a crowded year (paged inside only when a single month is too big for a page).
/// </summary>
/// <param name="Events">The events shown on this page, in timeline order (none on a landing page).</param>
/// <param name="Periods">The years or months this page leads to, with their counts.</param>
/// <param name="Parent">The page one level up (the landing page, or the year), or null for the whole timeline.</param>
public sealed record TimelinePart(
    string Path,
    int? Year,
    int? Month,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<TimelinePeriod> Periods,
    string? Parent,
    Pager? Pager)
{
    /// <summary>How many events this page accounts for: its own, and those of the periods it leads to.</summary>
    public int EventCount => Events.Count + Periods.Sum(p => p.Count);
}
