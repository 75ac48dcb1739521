using Briefings.Timeline;

namespace Briefings.Rendering.Views;

/// <summary>An event as templates see it; write its date with <c>{{ i18n.edtf event.date }}</c>.</summary>
/// <param name="Anchor">Its place on the site timeline: <c>timeline/index.html#id</c>.</param>
public sealed record EventView(
    string Id,
    string Title,
    EdtfDate Date,
    RawHtml? Summary,
    string? Place,
    IReadOnlyList<FacetView> Actors,
    IReadOnlyList<FacetView> Tags,
    IReadOnlyList<SourceLinkView> Sources,
    IReadOnlyList<BriefingLinkView> Briefings,
    string Anchor)
{
    public bool Uncertain => Date.Start?.IsUncertain == true || Date.End?.IsUncertain == true;

    public bool Approximate => Date.Start?.IsApproximate == true || Date.End?.IsApproximate == true;
}
