using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>A tag or an actor of the timeline, with the page that lists its events.</summary>
public sealed record FacetView(string Name, string Slug, string Path, int Count) : SharedView
{
    private static readonly TemplateMembers<FacetView> Accessor = TemplateMembers<FacetView>.Of(
        ("name", v => v.Name), ("slug", v => v.Slug), ("path", v => v.Path), ("count", v => v.Count));

    public override IObjectAccessor Members => Accessor;
}
