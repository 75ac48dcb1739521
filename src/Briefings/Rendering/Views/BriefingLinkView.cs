using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>A link to a briefing from another list (an event's briefings).</summary>
public sealed record BriefingLinkView(string Title, string Path, string Language) : ITemplateObject
{
    private static readonly TemplateMembers<BriefingLinkView> Accessor = TemplateMembers<BriefingLinkView>.Of(
        ("title", v => v.Title), ("path", v => v.Path), ("language", v => v.Language));

    public IObjectAccessor Members => Accessor;
}
