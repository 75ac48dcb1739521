using Briefings.Glossary;

namespace Briefings.Markdown;

/// <summary>The process stage's result: every published body, and the Markdown of metadata, as HTML.</summary>
/// <param name="Bodies">By the path of the briefing's metadata file (unique, unlike slugs before assembly).</param>
/// <param name="Definitions">Each glossary term's definition, by term id.</param>
/// <param name="Summaries">Event summaries as HTML, by their Markdown text.</param>
public sealed record ProcessedSite(
    IReadOnlyDictionary<string, ProcessedBody> Bodies,
    IReadOnlyDictionary<string, TermDefinition> Definitions,
    IReadOnlyDictionary<string, string> Summaries);
