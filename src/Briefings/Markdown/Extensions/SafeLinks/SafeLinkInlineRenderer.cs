using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.SafeLinks;

/// <summary>Writes a link or image as Markdig does when its address is safe; otherwise only its words (an image its alt text).</summary>
public sealed class SafeLinkInlineRenderer(bool trusted) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url; // what the base writes
        if (!renderer.EnableHtmlForInline || LinkSafety.Refusal(url, link.IsImage, trusted) is not { } scheme)
        {
            base.Write(renderer, link);
            return;
        }
        RefusedLinks.Record(link, new RefusedLink(url!, scheme, link.IsImage, link.Span.Start));
        if (link.IsImage)
        {
            renderer.EnableHtmlForInline = false; // the alt text, as text
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = true;
        }
        else
        {
            renderer.WriteChildren(link);
        }
    }
}
