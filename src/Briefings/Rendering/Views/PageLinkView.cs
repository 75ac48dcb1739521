using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>A numbered link to one page of a listing, from another page of it.</summary>
/// <param name="Path">The page's root-relative path.</param>
/// <param name="Url">The link to it, already made relative to the page that shows it (as <c>url path</c> would).</param>
public sealed record PageLinkView(int Number, string Path, string Url) : ITemplateObject
{
    private static readonly TemplateMembers<PageLinkView> Accessor = TemplateMembers<PageLinkView>.Of(
        ("number", v => v.Number), ("path", v => v.Path), ("url", v => v.Url));

    public IObjectAccessor Members => Accessor;
}
