namespace Briefings.Rendering.Templates;

/// <summary>Markup a template writes with <c>{{ content }}</c> or <c>{{ body }}</c> that goes straight to the page's
/// output as it is produced, never built into one string first.</summary>
public interface IStreamedContent
{
    void WriteTo(HtmlTemplateContext context);
}
