namespace Briefings.Rendering.Views;

public sealed record SourceLinkView(string Name, string? Url);
