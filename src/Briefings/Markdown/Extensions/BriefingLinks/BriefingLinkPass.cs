using Briefings.Routing;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.BriefingLinks;

/// <summary>
/// Links between briefings written as the other file's name, <c>[le traité](traite-1992.md)</c> or
/// <c>[…](traite-1992.md#article-4)</c>, become <see cref="BriefingLinkInline"/>s: the body records which
/// file it names, and the site resolves it when assembled (an unknown file is an error at the link).
/// </summary>
public sealed class BriefingLinkPass : IBodyPass
{
    public void Apply(MarkdownDocument document, BodyContext context)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage && IsBriefingReference(l.Url)).ToList())
        {
            var url = link.Url!;
            var hash = url.IndexOf('#');
            var file = hash < 0 ? url : url[..hash];
            var fragment = hash < 0 ? "" : UrlEscaping.Escape(url[hash..]);
            var slot = context.AddLink(new BriefingFileLink(Path.GetFileNameWithoutExtension(file), fragment, file, context.At(link.Span.Start)));
            var replacement = new BriefingLinkInline(slot, link.Title) { Span = link.Span, Line = link.Line, Column = link.Column };
            if (link.TryGetAttributes() is { } attributes) replacement.SetAttributes(attributes);
            link.ReplaceBy(replacement, copyChildren: true);
        }
    }

    /// <summary>A relative link to a <c>.md</c> or <c>.txt</c> file: how one briefing names another.</summary>
    private static bool IsBriefingReference(string? url)
    {
        if (url is null || Urls.Classify(url) != UrlKind.Relative) return false;
        var hash = url.IndexOf('#');
        var file = hash < 0 ? url : url[..hash];
        return file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
    }
}
