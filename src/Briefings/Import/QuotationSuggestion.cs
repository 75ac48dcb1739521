namespace Briefings.Import;

/// <summary>
/// A quotation, with the person its sentence attributes it to (<see cref="Who"/>, and the words that say so in
/// <see cref="Evidence"/>), or nobody when the sentence names no one. <see cref="Short"/> marks a quotation of fewer than
/// four words: more often a phrase held at a distance (« artisan de la paix ») than a statement.
/// </summary>
public sealed record QuotationSuggestion(string Text, string? Who, string? Evidence, int Line, string Excerpt, bool Short);
