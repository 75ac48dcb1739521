using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Markdown.Extensions.HeadingLevels;

/// <summary>
/// Puts a body's headings below the page's title: the page's <c>&lt;h1&gt;</c> is the briefing's title, so a body's
/// <c># Heading</c> becomes an <c>&lt;h2&gt;</c>, and no level is skipped (see <see cref="HeadingOutline"/>).
/// </summary>
public sealed class HeadingLevelExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Shift;
        pipeline.DocumentProcessed += Shift;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Shift(MarkdownDocument document)
    {
        var outline = new HeadingOutline();
        foreach (var heading in document.Descendants<HeadingBlock>()) heading.Level = outline.Next(heading.Level);
    }
}
