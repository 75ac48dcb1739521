using System.Globalization;
using Briefings.Text;
using Briefings.Timeline.Edtf;

namespace Briefings.Timeline;

/// <summary>
/// EDTF dates as a reader sees them: <c>du 1er au 3 avril 2022</c>, <c>1–3 April 2022</c>, <c>printemps 2022</c>.
/// French has its own wording; every other language falls back to English, because a range's connectives
/// (du … au, de … à, en dash) differ per language and only these two are written so far. Doubt is said in words
/// (<c>date incertaine</c>, <c>around</c>), never by a symbol alone, so that a screen reader says it too.
/// </summary>
public static class EdtfWording
{
    public static string Format(EdtfValue date, string language) => Phrase(date, language).ToString();

    /// <summary>The same words, in parts, each date's own so markup can wrap it in <c>&lt;time&gt;</c>.</summary>
    public static EdtfPhrase Phrase(EdtfValue date, string language)
    {
        ArgumentNullException.ThrowIfNull(date);
        var french = string.Equals(LanguageTag.Primary(language), "fr", StringComparison.OrdinalIgnoreCase);
        return french ? FrenchEdtfWording.Format(date) : EnglishEdtfWording.Format(date);
    }

    /// <summary>A timeline's year or month as a heading or a title: <c>1992</c>, <c>avril 1992</c>, <c>44 av. J.-C.</c>, <c>March 44 BC</c>.</summary>
    public static string Period(int year, int? month, string language)
    {
        var french = string.Equals(LanguageTag.Primary(language), "fr", StringComparison.OrdinalIgnoreCase);
        var text = french ? FrenchEdtfWording.YearText(year) : EnglishEdtfWording.YearText(year);
        return month is { } m ? $"{Localization.DateWording.MonthName(m, french ? "fr" : language)} {text}" : text;
    }

    /// <summary>
    /// The value for <c>&lt;time datetime&gt;</c>, only as precise as the date is known (<c>2022-04</c>), or null where
    /// HTML has no form for it: a season, unspecified digits, significant digits, a year before year 1.
    /// </summary>
    public static string? MachineReadable(EdtfCalendarDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var reading = EdtfReading.Of(date);
        if (!reading.Plain || reading.Year < 1) return null;
        var text = reading.Year.ToString("D4", CultureInfo.InvariantCulture);
        if (reading.Month is { } month) text += "-" + month.ToString("D2", CultureInfo.InvariantCulture);
        if (reading.Day is { } day) text += "-" + day.ToString("D2", CultureInfo.InvariantCulture);
        if (date.Time is { } time)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"T{time.Hour:D2}:{time.Minute:D2}:{time.Second:D2}");
            if (time.Utc) text += "Z";
            else if (time.Shift is { } shift) text += string.Create(CultureInfo.InvariantCulture, $"{(shift < 0 ? '-' : '+')}{Math.Abs(shift) / 60:D2}:{Math.Abs(shift) % 60:D2}");
        }
        return text;
    }
}
