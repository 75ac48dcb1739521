using System.Globalization;
using Briefings.Text;

namespace Briefings.Timeline;

/// <summary>
/// EDTF dates as a reader sees them: <c>du 1er au 3 avril 2022</c>, <c>1–3 April 2022</c>.
/// French has its own wording; every other language falls back to English, because a range's
/// connectives (du … au, de … à, en dash) differ per language and only these two are written so far.
/// </summary>
public static class EdtfWording
{
    public static string Format(EdtfDate date, string language) => Phrase(date, language).ToString();

    /// <summary>The same words, split around each end so markup can wrap them in <c>&lt;time&gt;</c>.</summary>
    public static EdtfPhrase Phrase(EdtfDate date, string language)
    {
        ArgumentNullException.ThrowIfNull(date);
        var french = string.Equals(LanguageTag.Primary(language), "fr", StringComparison.OrdinalIgnoreCase);
        return french ? FrenchEdtfWording.Format(date) : EnglishEdtfWording.Format(date);
    }

    /// <summary>The value for <c>&lt;time datetime&gt;</c>, only as precise as the date is known: <c>2022-04</c>.</summary>
    public static string MachineReadable(EdtfPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var text = point.Year.ToString("D4", CultureInfo.InvariantCulture);
        if (point.Month is { } month) text += "-" + month.ToString("D2", CultureInfo.InvariantCulture);
        if (point.Day is { } day) text += "-" + day.ToString("D2", CultureInfo.InvariantCulture);
        return text;
    }
}
