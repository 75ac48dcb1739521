using Briefings.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Markdown;

/// <summary>Renders a briefing's body to HTML: parse (or wrap plain text), run the site passes, render.</summary>
public sealed class BodyRenderer(MarkdownPipeline pipeline, IReadOnlyList<IBodyPass> passes)
{
    public RenderedBody Render(BodyContext context)
    {
        var body = context.Briefing.Body;
        var document = body.Format == BodyFormat.Markdown
            ? Markdig.Markdown.Parse(body.Text, pipeline)
            : PlainTextDocument.Create(body.Text);
        // Sites that turn raw HTML off do not trust their bodies: no javascript: or data: links either.
        if (!context.Site.Config.Markdown.RawHtml) MetadataMarkdown.RemoveUnsafeLinks(document);
        foreach (var pass in passes) pass.Apply(document, context);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedBody(writer.ToString(), context.MentionedTerms);
    }
}
