using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Publishing;

/// <summary>A feed a page announces with <c>&lt;link rel="alternate" type="application/atom+xml"&gt;</c>; <paramref name="Href"/> is absolute.</summary>
public sealed record FeedLinkView(string Title, string Href) : ITemplateObject
{
    private static readonly TemplateMembers<FeedLinkView> Accessor = TemplateMembers<FeedLinkView>.Of(("title", v => v.Title), ("href", v => v.Href));

    public IObjectAccessor Members => Accessor;
}
