using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.BriefingLinks;

/// <summary>A link to another briefing: its words, and the slot of the body link that says where it leads.</summary>
public sealed class BriefingLinkInline(int slot, string? title) : ContainerInline
{
    public int Slot { get; } = slot;

    public string? Title { get; } = title;
}
