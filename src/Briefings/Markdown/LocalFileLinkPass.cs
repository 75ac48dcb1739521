using Briefings.Routing;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// Records each link and image of a body that names a file of the site by a relative URL (<c>![carte](carte.png)</c>,
/// <c>[annexe](annexe.pdf)</c>): the plan checks that the file is published, so a missing one is an error at its line.
/// Links to briefings (<c>.md</c>, <c>.txt</c>) are another pass's; the URL itself is written as the author wrote it.
/// </summary>
public sealed class LocalFileLinkPass : IBodyPass
{
    public void Apply(MarkdownDocument document, BodyContext context)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { Length: > 0 } url || Urls.Classify(url) != UrlKind.Relative) continue;
            var end = url.IndexOfAny(['#', '?']);
            var path = end < 0 ? url : url[..end];
            if (path.Length == 0) continue;
            var slot = context.AddLink(new LocalFileLink(Uri.UnescapeDataString(path), url, link.IsImage, context.At(link.Span.Start)));
            // An image's slot is an attribute of its own: its width and height, when the plan knows them, fill it.
            if (link.IsImage) link.GetAttributes().AddProperty(BodyHtml.SlotFor(slot), null!);
        }
    }
}
