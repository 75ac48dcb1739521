using Briefings.Diagnostics;
using Briefings.Markdown.Extensions.SafeLinks;
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
        var context = new BodyContext(input);
        if (body.Format == Model.BodyFormat.Markdown && MarkdownGuard.Check(body.Text) is { } costly)
        {
            context.Diagnostics.Error(DiagnosticCodes.MarkdownTooCostly, context.At(costly.Offset), costly.Message);
            return Failed(input, context);
        }

        MarkdownDocument? document = null;
        try
        {
            document = body.Format == Model.BodyFormat.Markdown
                ? Markdig.Markdown.Parse(body.Text, pipeline)
                : PlainTextDocument.Create(body.Text);
            foreach (var pass in passes) pass.Apply(document, context);
            if (MarkdownDepth.FirstTooDeep(document) is { } deep) return TooDeep(input, context, deep.Span.Start);

            // Links are checked as they are written, whatever the passes did to the tree (see LinkSafety).
            var refused = RefusedLinks.Collect(document);
            // A renderer from the pipeline's pool (its buffer kept warm), not a new one set up per body.
            var html = Markdig.Markdown.ToHtml(document, pipeline);
            foreach (var link in refused) context.Diagnostics.Warning(DiagnosticCodes.UnsafeLink, context.At(link.Offset), Describe(link, rawHtml));
            return new ProcessedBody(new InlineHtml(html), context.Links, context.MentionedTerms, ReadingTime.Minutes(body.Text),
                context.Diagnostics.ToSortedList());
        }
        catch (Exception e) when (MarkdownDepth.IsMarkdigLimit(e))
        {
            // Markdig refuses trees deeper than it can walk; the guard above catches the known shapes, this the rest.
            return TooDeep(input, context, document is null ? 0 : MarkdownDepth.FirstTooDeep(document)?.Span.Start ?? 0);
        }
    }

    private static ProcessedBody TooDeep(BodyInput input, BodyContext context, int offset)
    {
        context.Diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, context.At(Math.Max(0, offset)), MarkdownDepth.Message);
        return Failed(input, context);
    }

    /// <summary>The message for a link whose address was not written.</summary>
    public static string Describe(RefusedLink link, bool trusted)
    {
        var what = link.Image ? "image" : "link";
        var allowed = trusted
            ? "javascript:, vbscript: and data: addresses are never written from Markdown"
            : link.Image ? "images may come from http:, https: or relative addresses only" : "links may lead to http:, https:, mailto:, tel: or relative addresses only";
        var shown = link.Url.Length > 60 ? link.Url[..60] + "…" : link.Url;
        return $"this {what} to '{shown}' was written without its address ({allowed}); its words stay";
    }

    private static ProcessedBody Failed(BodyInput input, BodyContext context) =>
        new(new InlineHtml(""), [], [], ReadingTime.Minutes(input.Body.Text), context.Diagnostics.ToSortedList());
}
