using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>One numbered link of a pager, or (<c>gap</c>) the pages left out between two of them.</summary>
public sealed record PagerLinkView(int Number, string? Path, bool Current, bool Gap) : ITemplateObject
{
    private static readonly TemplateMembers<PagerLinkView> Accessor = TemplateMembers<PagerLinkView>.Of(
        ("number", v => v.Number), ("path", v => v.Path), ("current", v => v.Current), ("gap", v => v.Gap));

    public IObjectAccessor Members => Accessor;
}
