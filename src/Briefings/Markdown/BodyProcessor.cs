using Briefings.Text;
using Markdig;
using Markdig.Syntax;

namespace Briefings.Markdown;

/// <summary>
/// Processes one body alone: parse (or wrap plain text), run the passes (links between briefings,
/// glossary terms), render with link slots, count the reading time. Shared by every body of a build.
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

        // A renderer from the pipeline's pool (its buffer kept warm), not a new one set up per body.
        var html = Markdig.Markdown.ToHtml(document, pipeline);
        return new ProcessedBody(new InlineHtml(html), context.Links, context.MentionedTerms, ReadingTime.Minutes(body.Text),
            context.Diagnostics.ToSortedList());
    }
}
