using Markdig;
using Markdig.Syntax;

namespace Briefings.Markdown;

/// <summary>
/// Processes one body alone: parse (or wrap plain text), run the passes (links between briefings,
/// glossary terms), render with link slots, take the plain text. Shared by every body of a build.
/// </summary>
public sealed class BodyProcessor(MarkdownPipeline pipeline, bool rawHtml, IReadOnlyList<IBodyPass> passes)
{
    public ProcessedBody Process(BodyInput input)
    {
        var body = input.Body;
        var document = body.Format == Model.BodyFormat.Markdown
            ? Markdig.Markdown.Parse(body.Text, pipeline)
            : PlainTextDocument.Create(body.Text);
        // Sites that turn raw HTML off do not trust their bodies: no javascript: or data: links either.
        if (!rawHtml) MetadataMarkdown.RemoveUnsafeLinks(document);
        var context = new BodyContext(input);
        foreach (var pass in passes) pass.Apply(document, context);

        var plainText = PlainText.Of(document);
        // A renderer from the pipeline's pool (its buffer kept warm), not a new one set up per body.
        var html = Markdig.Markdown.ToHtml(document, pipeline);
        return new ProcessedBody(html, context.Links, context.MentionedTerms, plainText, context.Diagnostics.ToSortedList());
    }
}
