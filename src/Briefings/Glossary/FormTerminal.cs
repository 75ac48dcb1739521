namespace Briefings.Glossary;

/// <summary>The form a trie node ends, and whose term it is.</summary>
internal sealed record FormTerminal(string TermId, string Form, bool CaseSensitive);
