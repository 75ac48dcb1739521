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
        ("open_start", v => v.OpenStart), ("open_end", v => v.OpenEnd));

    public IObjectAccessor Members => Accessor;

    internal EdtfDate Date { get; } = date;

    public string Edtf => Date.ToString();

    public bool Uncertain => Date.Start?.IsUncertain == true || Date.End?.IsUncertain == true;

    public bool Approximate => Date.Start?.IsApproximate == true || Date.End?.IsApproximate == true;

    /// <summary>An interval whose start is open (<c>../2002</c>).</summary>
    public bool OpenStart => Date.OpenStart;

    /// <summary>An interval whose end is open (<c>2022-04/..</c>).</summary>
    public bool OpenEnd => Date.OpenEnd;

    public override string ToString() => Edtf;
}
