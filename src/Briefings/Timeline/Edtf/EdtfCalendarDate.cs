using System.Text;

namespace Briefings.Timeline.Edtf;

/// <summary>
/// One calendar date of EDTF: a year (<see cref="EdtfYear"/>), and for a four-digit year a month or a season, a
/// day, a time; each of year, month and day may have unspecified digits (<c>X</c>) and be uncertain or approximate
/// on its own. Made by <see cref="EdtfSyntax"/>, which checks that some day fits it and works out its bounds.
/// </summary>
public sealed record EdtfCalendarDate : EdtfValue
{
    internal EdtfCalendarDate(EdtfYear year, string? month, int? season, string? day, EdtfTime? time,
        EdtfQualification yearQualification, EdtfQualification monthQualification, EdtfQualification dayQualification,
        CalendarDay earliest, CalendarDay latest, string? written = null)
    {
        Year = year;
        Month = month;
        Season = season;
        Day = day;
        Time = time;
        YearQualification = yearQualification;
        MonthQualification = monthQualification;
        DayQualification = dayQualification;
        Earliest = earliest;
        Latest = latest;
        // Derived from the fields above, so equality is unchanged; made once: a rebuild hashes 20,000 dates' texts.
        // A four-digit date without qualifiers or significant digits is canonical as written: its text is kept.
        _text = written is not null && year.IsFourDigit && year.Significant is null
            && (yearQualification | monthQualification | dayQualification) == EdtfQualification.None ? written : Canonical();
    }

    private readonly string _text;

    public EdtfYear Year { get; }

    /// <summary>The month's two characters, digits or <c>X</c> (<c>04</c>, <c>1X</c>); null without a month or with a season.</summary>
    public string? Month { get; }

    /// <summary>A season, quarter or semester written in the month's place (21 to 41), see <see cref="EdtfSeason"/>.</summary>
    public int? Season { get; }

    /// <summary>The day's two characters, digits or <c>X</c>; null without a day.</summary>
    public string? Day { get; }

    public EdtfTime? Time { get; }

    public EdtfQualification YearQualification { get; }

    /// <summary>Of the month, or of the season in its place.</summary>
    public EdtfQualification MonthQualification { get; }

    public EdtfQualification DayQualification { get; }

    public override CalendarDay Earliest { get; }

    public override CalendarDay Latest { get; }

    public override EdtfGrain Grain => Day is not null ? EdtfGrain.Day : Month is not null ? EdtfGrain.Month : Season is not null ? EdtfGrain.Season : EdtfGrain.Year;

    public bool HasUnspecifiedDigits => Year.HasUnspecifiedDigits || Month?.Contains('X') == true || Day?.Contains('X') == true;

    /// <summary>Whether any component is qualified.</summary>
    public bool IsQualified => (YearQualification | MonthQualification | DayQualification) != EdtfQualification.None;

    /// <summary>
    /// The canonical text. A qualifier shared by the year and the components right after it is written once, after
    /// the last of them (<c>2004-06~-11</c>, and <c>2004-06-11%</c> for the whole date); any other is written
    /// before its own component (<c>?2004-06-~11</c>).
    /// </summary>
    public override string ToString() => _text;

    private string Canonical()
    {
        var parts = new List<(string Text, EdtfQualification Qualification)> { (Year.ToString(), YearQualification) };
        if (Month is not null) parts.Add((Month, MonthQualification));
        else if (Season is { } season) parts.Add((season.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), MonthQualification));
        if (Day is not null) parts.Add((Day, DayQualification));

        var group = parts[0].Qualification;
        var last = -1;
        if (group != EdtfQualification.None)
        {
            last = 0;
            while (last + 1 < parts.Count && parts[last + 1].Qualification == group) last++;
        }
        var text = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) text.Append('-');
            if (i > last && parts[i].Qualification != EdtfQualification.None) text.Append(Symbol(parts[i].Qualification));
            text.Append(parts[i].Text);
            if (i == last) text.Append(Symbol(group));
        }
        if (Time is not null) text.Append(Time);
        return text.ToString();
    }

    internal static char Symbol(EdtfQualification qualification) => qualification switch
    {
        EdtfQualification.Uncertain => '?',
        EdtfQualification.Approximate => '~',
        _ => '%',
    };
}
