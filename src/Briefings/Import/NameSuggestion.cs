namespace Briefings.Import;

/// <summary>A proper name worth a glossary entry, with why it was picked (<c>titled: le président</c>, <c>mentioned 2 times</c>);
/// a lower-confidence suggestion than an acronym.</summary>
public sealed record NameSuggestion(string Name, string Why, int Line, string Excerpt, GlossaryHit? Known);
