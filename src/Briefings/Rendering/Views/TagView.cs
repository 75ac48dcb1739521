using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <param name="Path">Root-relative; templates link with <c>{{ url tag.path }}</c>.</param>
public sealed record TagView(string Name, string Slug, string Path, int Count) : SharedView
{
    private static readonly TemplateMembers<TagView> Accessor = TemplateMembers<TagView>.Of(
        ("name", v => v.Name), ("slug", v => v.Slug), ("path", v => v.Path), ("count", v => v.Count));

    public override IObjectAccessor Members => Accessor;
}
