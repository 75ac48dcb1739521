using Briefings.Rendering.Templates;
using Briefings.Timeline.Edtf;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>
/// An event's date as templates see it: plain values (its EDTF text, doubt, approximation, open ends). The date
/// itself stays inside, for <c>i18n.edtf</c> to word it in the page's language.
/// </summary>
public sealed class EventDateView(EdtfValue date) : ITemplateObject
{
    private static readonly TemplateMembers<EventDateView> Accessor = TemplateMembers<EventDateView>.Of(
        ("edtf", v => v.Edtf), ("uncertain", v => v.Uncertain), ("approximate", v => v.Approximate),
        ("open_start", v => v.OpenStart), ("open_end", v => v.OpenEnd));

    public IObjectAccessor Members => Accessor;

    internal EdtfValue Date { get; } = date;

    public string Edtf => Date.ToString();

    /// <summary>Whether any part of the date is uncertain (<c>?</c> or <c>%</c>, on the whole date or one component).</summary>
    public bool Uncertain => Qualified(EdtfQualification.Uncertain);

    /// <summary>Whether any part of the date is approximate (<c>~</c> or <c>%</c>).</summary>
    public bool Approximate => Qualified(EdtfQualification.Approximate);

    /// <summary>An interval with no known start (<c>../2002</c>, <c>/2002</c>), or a set open before its first date.</summary>
    public bool OpenStart => Date is EdtfInterval { Start.Date: null } or EdtfSet { OpenStart: true };

    /// <summary>An interval with no known end (<c>2022-04/..</c>, <c>2022-04/</c>), or a set open after its last date.</summary>
    public bool OpenEnd => Date is EdtfInterval { End.Date: null } or EdtfSet { OpenEnd: true };

    public override string ToString() => Edtf;

    private bool Qualified(EdtfQualification flag) =>
        Dates(Date).Any(d => ((d.YearQualification | d.MonthQualification | d.DayQualification) & flag) != 0);

    private static IEnumerable<EdtfCalendarDate> Dates(EdtfValue value) => value switch
    {
        EdtfCalendarDate date => [date],
        EdtfInterval interval => new[] { interval.Start.Date, interval.End.Date }.OfType<EdtfCalendarDate>(),
        EdtfSet set => set.Members.SelectMany(m => new[] { m.First, m.Last }.OfType<EdtfCalendarDate>()),
        _ => [],
    };
}
