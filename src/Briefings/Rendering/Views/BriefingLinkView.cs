using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <param name="Url">Where the list has one home page (the glossary), the link already relative to it.</param>
/// <param name="Lang">Where the list has one home page, the <c>lang</c> the link needs there: the briefing's
/// language if it is not the page's, else null. Saves the template a comparison per link.</param>
public sealed record BriefingLinkView(string Title, string Path, string Language, string? Url = null, string? Lang = null) : ITemplateObject
{
    private static readonly TemplateMembers<BriefingLinkView> Accessor = TemplateMembers<BriefingLinkView>.Of(
        ("title", v => v.Title), ("path", v => v.Path), ("language", v => v.Language), ("url", v => v.Url), ("lang", v => v.Lang));

    public IObjectAccessor Members => Accessor;
}
