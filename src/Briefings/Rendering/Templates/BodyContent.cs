using Briefings.Markdown;
using Briefings.Model;
using Briefings.Routing;

namespace Briefings.Rendering.Templates;

/// <summary>
/// <c>{{ body }}</c> on a briefing page: the processed HTML written piece by piece, each link slot filled
/// with its <c>href</c> relative to this page (or left without one for a draft not published).
/// </summary>
public sealed class BodyContent(AssembledBody body, Router router) : IStreamedContent
{
    public void WriteTo(HtmlTemplateContext context) =>
        BodyHtml.Write(body.Processed.Html, slot => Attribute(slot, context.PagePath), (text, start, count) => context.Write(text, start, count));

    private string Attribute(int slot, string page) => body.Processed.Links[slot] switch
    {
        GlossaryTermLink term => $" href=\"{router.Link(page, router.GlossaryTerm(term.TermId))}\"",
        BriefingFileLink file when body.Targets[slot] is { } target => $" href=\"{router.Link(page, router.Briefing(target.Slug))}{file.Fragment}\"",
        _ => "", // a draft left out of this build: the words stay, as a link with nowhere to go
    };

    public override string ToString() => "(the briefing's body)";
}
