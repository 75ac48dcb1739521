using Briefings.Configuration;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// Markdown written inside YAML (event summaries, glossary definitions). Unlike article bodies it is
/// never trusted with raw HTML, and links may only lead to web, mail or site addresses: metadata
/// often comes from other people's sources, and a <c>javascript:</c> link there would run on click.
/// </summary>
public sealed class MetadataMarkdown
{
    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create(new MarkdownOptions(RawHtml: false));

    public MarkdownPipeline Pipeline => _pipeline;

    public string ToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        RemoveUnsafeLinks(document);
        return Markdig.Markdown.ToHtml(document, _pipeline); // a renderer from the pipeline's pool, not a new one set up per text
    }

    /// <summary>Replaces each link or image whose address is not <see cref="IsSafe"/> by its words.</summary>
    public static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafe(l.Url)).ToList())
        {
            foreach (var child in link.ToList())
            {
                child.Remove();
                link.InsertBefore(child);
            }
            link.Remove();
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !IsSafe(l.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>http, https and mailto addresses, and relative ones (fragments, paths); no other scheme.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        if (colon < 0) return true;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // the colon is past the path: no scheme
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
