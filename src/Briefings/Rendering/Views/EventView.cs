using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>An event as templates see it; write its date with <c>{{ i18n.edtf event.date }}</c>.</summary>
/// <param name="Anchor">Its place on the site timeline: <c>timeline/index.html#id</c>.</param>
public sealed record EventView(
    string Id,
    string Title,
    EventDateView Date,
    RawHtml? Summary,
    string? Place,
    IReadOnlyList<FacetView> Actors,
    IReadOnlyList<FacetView> Tags,
    IReadOnlyList<SourceLinkView> Sources,
    IReadOnlyList<BriefingLinkView> Briefings,
    string Anchor) : SharedView
{
    private static readonly TemplateMembers<EventView> Accessor = TemplateMembers<EventView>.Of(
        ("id", v => v.Id), ("title", v => v.Title), ("date", v => v.Date), ("summary", v => v.Summary), ("place", v => v.Place),
        ("actors", v => v.Actors), ("tags", v => v.Tags), ("sources", v => v.Sources), ("briefings", v => v.Briefings),
        ("anchor", v => v.Anchor), ("uncertain", v => v.Uncertain), ("approximate", v => v.Approximate));

    public override IObjectAccessor Members => Accessor;

    public bool Uncertain => Date.Uncertain;

    public bool Approximate => Date.Approximate;
}
