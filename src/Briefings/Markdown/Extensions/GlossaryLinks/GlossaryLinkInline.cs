using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.GlossaryLinks;

/// <summary>The first mention of a glossary term in a body: its words, wrapped in a link with the short definition.</summary>
public sealed class GlossaryLinkInline(string termId, int slot, string shortDefinition) : ContainerInline
{
    public string TermId { get; } = termId;

    /// <summary>The slot of the body link that says where the term's entry is.</summary>
    public int Slot { get; } = slot;

    /// <summary>Plain text, shown on hover, keyboard focus and touch, and announced as the link's description.</summary>
    public string ShortDefinition { get; } = shortDefinition;

    /// <summary>The definition's language when it is not the body's (a French definition in an English briefing), else null.</summary>
    public string? DefinitionLanguage { get; init; }
}
