using Briefings.Diagnostics;

namespace Briefings.Model;

/// <summary>A glossary entry from <c>content/glossary/*.yml</c>.</summary>
/// <param name="Definition">Markdown.</param>
/// <param name="Abbreviation">Matched case-sensitively (<c>OTSC</c>); the term and aliases are matched ignoring case.</param>
public sealed record GlossaryTerm(
    string Id,
    string Term,
    string Definition,
    string? Abbreviation,
    IReadOnlyList<string> Aliases,
    string? Language,
    IReadOnlyList<SlugReference> SeeAlso,
    IReadOnlyList<SourceLink> Sources)
{
    public required SourceLocation Location { get; init; }

    /// <summary>Every written form with where it is written, for "form claimed by two terms" errors.</summary>
    public required IReadOnlyList<(string Text, bool CaseSensitive, SourceLocation Location)> Forms { get; init; }
}
