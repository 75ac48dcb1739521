using Briefings.Routing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// Markdown written inside YAML (event summaries, glossary definitions). Unlike article bodies it is
/// never trusted with raw HTML, and links may only lead to web, mail or site addresses: metadata
/// often comes from other people's sources, and a <c>javascript:</c> link there would run on click.
/// </summary>
public static class MetadataMarkdown
{
    /// <param name="pipeline">The build's pipeline for metadata, from <see cref="MarkdownPipelineFactory.CreateForMetadata"/>.</param>
    /// <param name="rewrite">Gives a link's new address, or null to keep it (glossary definitions point <c>#id</c> at the term's page).</param>
    public static string ToHtml(string markdown, MarkdownPipeline pipeline, Func<string, string?>? rewrite = null)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        RemoveUnsafeLinks(document);
        if (rewrite is not null)
        {
            foreach (var link in document.Descendants<LinkInline>())
            {
                if (link.Url is { } url && rewrite(url) is { } address) link.Url = address;
            }
        }
        return Markdig.Markdown.ToHtml(document, pipeline); // a renderer from the pipeline's pool, not a new one set up per text
    }

    /// <summary>Replaces each link or image whose address is not <see cref="Urls.IsSafe"/> by its words.</summary>
    public static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !Urls.IsSafe(l.Url)).ToList())
        {
            foreach (var child in link.ToList())
            {
                child.Remove();
                link.InsertBefore(child);
            }
            link.Remove();
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !Urls.IsSafe(l.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }
}
