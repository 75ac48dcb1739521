using Briefings.Timeline.Edtf;

namespace Briefings.Publishing;

/// <summary>
/// An event's <c>startDate</c> and <c>endDate</c> for schema.org, which takes ISO 8601 dates. Only a plain date gives one:
/// a four-digit year, with its month and day when written (<c>2022</c>, <c>2022-04</c>, <c>2022-04-01</c>), and an interval's
/// plain ends. An uncertain or approximate date (<c>2022-04?</c>), one with unknown digits (<c>202X</c>), a season or a set
/// gives none: its lower bound written as <c>startDate</c> would state as a fact a day the editor marked as doubtful, and
/// JSON-LD has no way to say "about". The event keeps its name and address; the page words its date.
/// </summary>
public static class SchemaDates
{
    public static (string? Start, string? End) Of(EdtfValue date) => date switch
    {
        EdtfCalendarDate plain => (Plain(plain), null),
        EdtfInterval interval => (Plain(interval.Start.Date), Plain(interval.End.Date)),
        _ => (null, null),
    };

    private static string? Plain(EdtfCalendarDate? date) => date is
    {
        IsQualified: false, HasUnspecifiedDigits: false, Season: null,
        Year: { IsFourDigit: true, Negative: false, Significant: null, Digits: { } year },
    }
        ? year + (date.Month is { } month ? "-" + month + (date.Day is { } day ? "-" + day : "") : "")
        : null;
}
