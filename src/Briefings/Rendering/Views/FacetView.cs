namespace Briefings.Rendering.Views;

/// <summary>A tag or an actor of the timeline, with the page that lists its events.</summary>
public sealed record FacetView(string Name, string Slug, string Path, int Count);
