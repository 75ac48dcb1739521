using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>A year or month of a split timeline, as its landing page lists it: <c>avril 2022</c>, its page, its count.</summary>
public sealed record TimelinePeriodView(string Label, string Path, int Count) : ITemplateObject
{
    private static readonly TemplateMembers<TimelinePeriodView> Accessor = TemplateMembers<TimelinePeriodView>.Of(
        ("label", v => v.Label), ("path", v => v.Path), ("count", v => v.Count));

    public IObjectAccessor Members => Accessor;
}
