using Briefings.Rendering.Templates;
using Briefings.Timeline;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>
/// An event's date as templates see it: plain values (its EDTF text, doubt, approximation). The date
/// itself stays inside, for <c>i18n.edtf</c> to word it in the page's language.
/// </summary>
public sealed class EventDateView(EdtfDate date) : ITemplateObject
{
    private static readonly TemplateMembers<EventDateView> Accessor = TemplateMembers<EventDateView>.Of(
        ("edtf", v => v.Edtf), ("uncertain", v => v.Uncertain), ("approximate", v => v.Approximate),
        ("open_start", v => v.Date.OpenStart), ("open_end", v => v.Date.OpenEnd));

    public IObjectAccessor Members => Accessor;

    internal EdtfDate Date { get; } = date;

    public string Edtf => Date.ToString();

    public bool Uncertain => Date.Start?.IsUncertain == true || Date.End?.IsUncertain == true;

    public bool Approximate => Date.Start?.IsApproximate == true || Date.End?.IsApproximate == true;

    public override string ToString() => Edtf;
}
