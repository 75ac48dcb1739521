namespace Briefings.Rendering.Views;

/// <param name="Published">Null when the publication date is not known; the theme says so.</param>
public sealed record SourceView(string Name, string? Url, DateOnly? Published, string? PublishedIso);
