namespace Briefings.Search;

/// <summary>One thing search can find: a briefing, a glossary term or a timeline event.</summary>
/// <param name="Target">The briefing's slug, the term's or the event's id: the plan turns it into a page and anchor.</param>
/// <param name="Title">Shown as the result's link; its words weigh most.</param>
/// <param name="Text">The text shown in snippets (and searched).</param>
/// <param name="Extra">Searched, never shown: tags, authors, a source's name, a term's other forms.</param>
/// <param name="Language">The language of the text, when it is not the site's.</param>
public sealed record SearchDocument(SearchKind Kind, string Target, string Title, string Text, string Extra, string? Language);
