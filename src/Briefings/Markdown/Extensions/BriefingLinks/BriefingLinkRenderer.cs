using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefings.Markdown.Extensions.BriefingLinks;

/// <summary>Writes a link to another briefing as Markdig writes any link, with a slot where its <c>href</c> goes.</summary>
public sealed class BriefingLinkRenderer : HtmlObjectRenderer<BriefingLinkInline>
{
    protected override void Write(HtmlRenderer renderer, BriefingLinkInline link)
    {
        renderer.Write("<a").Write(BodyHtml.SlotFor(link.Slot));
        if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        renderer.WriteAttributes(link).Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
