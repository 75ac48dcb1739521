namespace Briefings.Rendering.Views;

public sealed record BriefingLinkView(string Title, string Path, string Language);
