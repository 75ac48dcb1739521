namespace Briefings.Planning;

/// <summary>A timeline page's filter: one tag's or one actor's events.</summary>
public sealed record TimelineFilter(TimelineFacet Facet, string Slug);
