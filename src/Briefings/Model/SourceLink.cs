namespace Briefings.Model;

/// <summary>A source cited for an event or a glossary term.</summary>
public sealed record SourceLink(string Name, Uri? Url);
