namespace Briefings.Rendering.Views;

/// <param name="Url">Where the list has one home page (the glossary), the link already relative to it.</param>
public sealed record BriefingLinkView(string Title, string Path, string Language, string? Url = null);
