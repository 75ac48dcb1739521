namespace Briefings.Model;

/// <summary>A tag and its briefings, newest first.</summary>
/// <param name="Positions">Where each of its briefings is in the site's list of briefings: what a listing's keys are looked up by.</param>
public sealed record TagGroup(Tag Tag, IReadOnlyList<Briefing> Briefings, IReadOnlyList<int> Positions);
