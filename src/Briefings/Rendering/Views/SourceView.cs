using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <param name="Published">Null when the publication date is not known; the theme says so.</param>
public sealed record SourceView(string Name, string? Url, DateOnly? Published, string? PublishedIso) : ITemplateObject
{
    private static readonly TemplateMembers<SourceView> Accessor = TemplateMembers<SourceView>.Of(
        ("name", v => v.Name), ("url", v => v.Url), ("published", v => v.Published), ("published_iso", v => v.PublishedIso));

    public IObjectAccessor Members => Accessor;
}
