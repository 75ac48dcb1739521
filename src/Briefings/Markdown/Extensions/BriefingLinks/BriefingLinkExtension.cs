using Markdig;
using Markdig.Renderers;

namespace Briefings.Markdown.Extensions.BriefingLinks;

/// <summary>Teaches the HTML renderer to write <see cref="BriefingLinkInline"/>; <see cref="BriefingLinkPass"/> places them.</summary>
public sealed class BriefingLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<BriefingLinkRenderer>())
        {
            html.ObjectRenderers.Insert(0, new BriefingLinkRenderer());
        }
    }
}
