using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefings.Markdown.Extensions.GlossaryLinks;

/// <summary>
/// Writes a term mention as a real link to the glossary (so it works without JavaScript) whose
/// definition sits in a tooltip that CSS shows on hover and on focus, and that screen readers
/// announce through <c>aria-describedby</c>.
/// </summary>
public sealed class GlossaryLinkRenderer : HtmlObjectRenderer<GlossaryLinkInline>
{
    protected override void Write(HtmlRenderer renderer, GlossaryLinkInline link)
    {
        var tip = "_tip-" + link.TermId;
        renderer.Write("<span class=\"term\"><a class=\"term-link\"").Write(BodyHtml.SlotFor(link.Slot))
            .Write(" aria-describedby=\"").Write(tip).Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a><span class=\"term-tip\" role=\"tooltip\" id=\"").Write(tip).Write('"');
        if (link.DefinitionLanguage is { } language) renderer.Write(" lang=\"").WriteEscape(language).Write('"');
        renderer.Write(">")
            .WriteEscape(link.ShortDefinition).Write("</span></span>");
    }
}
