namespace Briefings.Import;

/// <summary>Everything read from one article: the facts (source line, language) and the suggestions.</summary>
/// <param name="Language">The language used: the one given, else the detected one; null when neither says.</param>
public sealed record ArticleAnalysis(
    ArticleText Article,
    SourceLine? SourceLine,
    LanguageGuess Detected,
    string? Language,
    IReadOnlyList<DateSuggestion> Dates,
    IReadOnlyList<AcronymSuggestion> Acronyms,
    IReadOnlyList<NameSuggestion> Names,
    IReadOnlyList<QuotationSuggestion> Quotations,
    IReadOnlyList<(GlossaryHit Term, string Form)> GlossaryMentions);
