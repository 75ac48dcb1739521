using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

public sealed record SourceLinkView(string Name, string? Url) : ITemplateObject
{
    private static readonly TemplateMembers<SourceLinkView> Accessor = TemplateMembers<SourceLinkView>.Of(("name", v => v.Name), ("url", v => v.Url));

    public IObjectAccessor Members => Accessor;
}
