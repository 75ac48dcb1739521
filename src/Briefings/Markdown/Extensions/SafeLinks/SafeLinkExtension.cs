using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Briefings.Markdown.Extensions.SafeLinks;

/// <summary>
/// Replaces Markdig's writers of links, images and autolinks by ones that check every address as it is
/// written (<see cref="LinkSafety"/>), however the syntax tree was made or edited before.
/// </summary>
public sealed class SafeLinkExtension(bool trusted) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkInlineRenderer(trusted))) html.ObjectRenderers.Insert(0, new SafeLinkInlineRenderer(trusted));
        if (!html.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer(trusted))) html.ObjectRenderers.Insert(0, new SafeAutolinkInlineRenderer(trusted));
    }
}
