using Briefings.Markdown.Extensions.SafeLinks;
using Briefings.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// Markdown written inside YAML (event summaries, glossary definitions). Unlike article bodies it is
/// never trusted with raw HTML, and links may only lead to web, mail, telephone or site addresses
/// (<see cref="LinkSafety"/>, checked as the HTML is written): metadata often comes from other people's
/// sources, and a <c>javascript:</c> link there would run on click.
/// </summary>
public static class MetadataMarkdown
{
    /// <summary>The HTML, the links written without their address, and what stopped the Markdown from rendering (then the HTML is the text, escaped).</summary>
    /// <param name="FailureCode">The diagnostic code of <paramref name="Failure"/>.</param>
    public sealed record Result(string Html, IReadOnlyList<RefusedLink> Refused, string? Failure, string? FailureCode = null);

    /// <param name="pipeline">The build's pipeline for metadata, from <see cref="MarkdownPipelineFactory.CreateForMetadata"/>.</param>
    /// <param name="rewrite">Gives a link's new address, or null to keep it (glossary definitions point <c>#id</c> at the term's page).</param>
    /// <param name="french">The text is French, and typography is on: it is typeset.</param>
    public static Result Render(string markdown, MarkdownPipeline pipeline, Func<string, string?>? rewrite = null, bool french = false)
    {
        if (MarkdownGuard.Check(markdown) is { } costly) return Plain(markdown, Diagnostics.DiagnosticCodes.MarkdownTooCostly, costly.Message);
        try
        {
            var document = Markdig.Markdown.Parse(markdown, pipeline);
            if (rewrite is not null)
            {
                foreach (var link in document.Descendants<LinkInline>())
                {
                    if (link.Url is { } url && rewrite(url) is { } address) link.Url = address;
                }
            }
            if (MarkdownDepth.FirstTooDeep(document) is not null) return Plain(markdown, Diagnostics.DiagnosticCodes.MarkdownTooDeep, MarkdownDepth.Message);
            if (french) Extensions.FrenchTypography.FrenchTypographyPass.Typeset(document);
            var refused = RefusedLinks.Collect(document);
            var html = Markdig.Markdown.ToHtml(document, pipeline); // a renderer from the pipeline's pool, not a new one set up per text
            return new Result(html, refused, null);
        }
        catch (Exception e) when (MarkdownDepth.IsMarkdigLimit(e))
        {
            return Plain(markdown, Diagnostics.DiagnosticCodes.MarkdownTooDeep, MarkdownDepth.Message);
        }
    }

    /// <summary>The HTML alone, for callers with nowhere to report (tests).</summary>
    public static string ToHtml(string markdown, MarkdownPipeline pipeline, Func<string, string?>? rewrite = null) => Render(markdown, pipeline, rewrite).Html;

    private static Result Plain(string markdown, string code, string failure) => new("<p>" + Html.Escape(markdown) + "</p>\n", [], failure, code);
}
