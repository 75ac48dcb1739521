using Markdig;
using Markdig.Renderers;

namespace Briefings.Markdown.Extensions.GlossaryLinks;

/// <summary>Teaches the HTML renderer to write <see cref="GlossaryLinkInline"/>; <see cref="GlossaryLinkPass"/> places them.</summary>
public sealed class GlossaryLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<GlossaryLinkRenderer>())
        {
            html.ObjectRenderers.Insert(0, new GlossaryLinkRenderer());
        }
    }
}
