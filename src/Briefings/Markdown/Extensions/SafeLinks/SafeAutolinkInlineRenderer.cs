using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.SafeLinks;

/// <summary>Writes <c>&lt;scheme:…&gt;</c> as Markdig does when its address is safe; otherwise the address as text.</summary>
public sealed class SafeAutolinkInlineRenderer(bool trusted) : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        var url = link.IsEmail ? "mailto:" + link.Url : link.Url;
        if (!renderer.EnableHtmlForInline || LinkSafety.Refusal(url, image: false, trusted) is not { } scheme)
        {
            base.Write(renderer, link);
            return;
        }
        RefusedLinks.Record(link, new RefusedLink(url, scheme, Image: false, link.Span.Start));
        renderer.WriteEscape(link.Url);
    }
}
