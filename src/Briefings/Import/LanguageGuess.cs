namespace Briefings.Import;

/// <summary>The detected language (<c>fr</c>, <c>en</c>) or null when the text does not say, with the counts that decided.</summary>
public sealed record LanguageGuess(string? Language, int French, int English);
