namespace Briefings.Rendering.Views;

/// <summary>The page being rendered: <c>page.kind</c> is index, briefing, tag, tags or not_found.</summary>
public sealed record PageView(string Kind, string Path, string Title, string Language, string? Description, string? CanonicalUrl);
