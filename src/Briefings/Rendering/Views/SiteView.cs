namespace Briefings.Rendering.Views;

/// <summary>The site as templates see it (<c>site.title</c>, <c>site.language</c>…).</summary>
public sealed record SiteView(
    string Title,
    string? Description,
    string Language,
    string? Author,
    string? Copyright,
    string? BaseUrl,
    IReadOnlyDictionary<string, object?> Extra);
