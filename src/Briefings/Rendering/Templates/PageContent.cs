using Scriban;

namespace Briefings.Rendering.Templates;

/// <summary><c>{{ content }}</c> in the layout: the page's own template, rendered in place into the same output.</summary>
public sealed class PageContent(Template template) : IStreamedContent
{
    public void WriteTo(HtmlTemplateContext context) => template.Render(context);

    public override string ToString() => "(the page's content)";
}
