using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>The page being rendered. <c>page.kind</c> is index, briefing, tags, tag, timeline, timeline_tag,
/// timeline_actor, glossary or not_found.</summary>
/// <param name="CanonicalUrl">Its absolute address under <c>base_url</c>, or null without one (and on the 404 page).</param>
public sealed record PageView(string Kind, string Path, string Title, string Language, string? Description, string? CanonicalUrl) : ITemplateObject
{
    private static readonly TemplateMembers<PageView> Accessor = TemplateMembers<PageView>.Of(
        ("kind", v => v.Kind), ("path", v => v.Path), ("title", v => v.Title), ("language", v => v.Language),
        ("description", v => v.Description), ("canonical_url", v => v.CanonicalUrl));

    public IObjectAccessor Members => Accessor;
}
