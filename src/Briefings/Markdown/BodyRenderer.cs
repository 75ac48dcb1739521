using Briefings.Model;
using Markdig;
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

        // A renderer from the pipeline's pool (its buffer kept warm), not a new one set up per body.
        return new RenderedBody(Markdig.Markdown.ToHtml(document, pipeline), context.MentionedTerms);
    }
}
