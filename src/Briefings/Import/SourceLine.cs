namespace Briefings.Import;

/// <summary>What an article's trailing line says of it (<c>La suite ici : TITLE | SOURCE</c>), on its 1-based line.</summary>
/// <param name="LeadIn">The words that announce it, as written (<c>La suite ici</c>), for the sidecar's comment.</param>
public sealed record SourceLine(string? Title, string? Source, int Line, string LeadIn);
