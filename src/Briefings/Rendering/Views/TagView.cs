namespace Briefings.Rendering.Views;

/// <param name="Path">Root-relative; templates link with <c>{{ url tag.path }}</c>.</param>
public sealed record TagView(string Name, string Slug, string Path, int Count);
