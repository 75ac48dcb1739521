namespace Briefings.Model;

/// <summary>A tag and its briefings, newest first.</summary>
public sealed record TagGroup(Tag Tag, IReadOnlyList<Briefing> Briefings);
