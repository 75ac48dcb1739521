namespace Briefings.Import;

/// <summary>
/// An acronym of the article, with its expansion when the text gives one. <see cref="How"/> says how the expansion was
/// found (<c>written together</c>, or <c>initials match</c> when the text never puts them side by side).
/// </summary>
/// <param name="Lines">The lines the acronym is on.</param>
/// <param name="ExpansionLines">The lines the expansion is on.</param>
/// <param name="Known">The glossary term the acronym or its expansion already is, if any.</param>
public sealed record AcronymSuggestion(string Acronym, string? Expansion, string How, IReadOnlyList<int> Lines, IReadOnlyList<int> ExpansionLines,
    int Line, string Excerpt, GlossaryHit? Known);
