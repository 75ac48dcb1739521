namespace Briefings.Markdown;

/// <summary>A link or image whose address the renderer would not write: its words stay, without the address.</summary>
/// <param name="Offset">Where the link starts in the Markdown text.</param>
public sealed record RefusedLink(string Url, string Scheme, bool Image, int Offset);
