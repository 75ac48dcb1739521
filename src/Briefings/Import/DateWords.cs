using System.Globalization;
using System.Text;

namespace Briefings.Import;

/// <summary>Month, weekday and season names of both languages, as the date patterns spell them, to numbers.</summary>
internal static class DateWords
{
    public const string FrenchMonths = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
    public const string EnglishMonths = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    public const string FrenchWeekdays = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    public const string EnglishWeekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static readonly string[] Months =
    [
        "janvier|january|jan", "fevrier|february|feb", "mars|march", "avril|april", "mai|may", "juin|june",
        "juillet|july", "aout|august|aug", "septembre|september|sept|sep", "octobre|october|oct", "novembre|november|nov", "decembre|december|dec",
    ];

    private static readonly string[] Weekdays =
        ["dimanche|sunday", "lundi|monday", "mardi|tuesday", "mercredi|wednesday", "jeudi|thursday", "vendredi|friday", "samedi|saturday"];

    /// <summary>1 to 12.</summary>
    public static int Month(string name) => IndexIn(Months, name) + 1;

    public static DayOfWeek Weekday(string name) => (DayOfWeek)IndexIn(Weekdays, name);

    /// <summary>The EDTF season code: 21 spring, 22 summer, 23 autumn, 24 winter.</summary>
    public static int Season(string name) => Folded(name) switch
    {
        "printemps" or "spring" => 21,
        "ete" or "summer" => 22,
        "automne" or "autumn" or "fall" => 23,
        _ => 24,
    };

    private static int IndexIn(string[] table, string name)
    {
        var key = Folded(name).TrimEnd('.');
        for (var i = 0; i < table.Length; i++)
        {
            if (table[i].Split('|').Contains(key)) return i;
        }
        throw new ArgumentException($"not a name the patterns match: {name}", nameof(name));
    }

    private static string Folded(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
