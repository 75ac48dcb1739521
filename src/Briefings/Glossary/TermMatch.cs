namespace Briefings.Glossary;

/// <summary>A mention found in a text: where it is, which term, and by which form.</summary>
public readonly record struct TermMatch(int Start, int Length, string TermId, string Form);
