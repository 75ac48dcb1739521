using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.GlossaryLinks;

/// <summary>The first mention of a glossary term in a body: its words, wrapped in a link with the short definition.</summary>
public sealed class GlossaryLinkInline(string termId, string href, string shortDefinition) : ContainerInline
{
    public string TermId { get; } = termId;

    /// <summary>Relative URL of the term's entry on the glossary page.</summary>
    public string Href { get; } = href;

    /// <summary>Plain text, shown on hover, keyboard focus and touch, and announced as the link's description.</summary>
    public string ShortDefinition { get; } = shortDefinition;
}
