namespace Briefings.Glossary;

/// <summary>One written form of a term: its name, an alias, or its abbreviation (matched case-sensitively).</summary>
public sealed record TermForm(string Text, string TermId, bool CaseSensitive);
