using System.Globalization;
using Briefings.Localization;
using Briefings.Timeline.Edtf;

namespace Briefings.Timeline;

/// <summary>
/// French wording: <c>du 1er au 3 avril 2022</c>, <c>d’avril à mai 2022</c>, <c>vers le 11 juin 2004</c>,
/// <c>printemps 2022</c>, <c>avril, année inconnue</c>, <c>44 av. J.-C.</c>, <c>depuis 2019 (fin inconnue)</c>,
/// <c>1667, 1668 ou de 1670 à 1672</c>. Parts shared by both ends of a range are written once.
/// </summary>
internal static class FrenchEdtfWording
{
    private const string Language = "fr";
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static EdtfPhrase Format(EdtfValue value) => value switch
    {
        EdtfCalendarDate date => new([.. Single(EdtfReading.Of(date))]),
        EdtfInterval interval => new(Interval(interval)),
        EdtfSet set => new(Set(set)),
        _ => throw new InvalidOperationException($"no French wording for {value.GetType().Name}"),
    };

    private static IEnumerable<EdtfPhrasePart> Single(EdtfReading r)
    {
        var (article, text) = Articled(r);
        if (r.Approximate) yield return new("vers " + article);
        // Alone, a decade keeps its article with it: "les années 2010".
        yield return new(!r.Approximate && article == "les " ? article + text : text, r.Date);
        if (Doubt(r) is { Length: > 0 } doubt) yield return new(doubt);
    }

    private static List<EdtfPhrasePart> Interval(EdtfInterval interval)
    {
        var (start, end) = (interval.Start.Date is { } s ? EdtfReading.Of(s) : null, interval.End.Date is { } e ? EdtfReading.Of(e) : null);
        if (start is not null && end is not null) return [.. Between(start, end), new(Doubts(start, end))];
        if (start is not null)
        {
            var (article, text) = Side(start);
            return [new("depuis " + article), new(text, start.Date), new(Doubt(start) + (interval.End.IsUnknown ? " (fin inconnue)" : ""))];
        }
        var (until, endText) = Until(end!);
        return [new(until), new(endText, end!.Date), new(Doubt(end!) + (interval.Start.IsUnknown ? " (début inconnu)" : ""))];
    }

    private static IEnumerable<EdtfPhrasePart> Between(EdtfReading start, EdtfReading end)
    {
        // "Environ" belongs to one end, so approximate ranges keep both ends whole.
        var shareYear = start.Plain && end.Plain && start.Date.Grain == end.Date.Grain && start.Year == end.Year && start.Year >= 1
            && !start.Approximate && !end.Approximate && start.Date.Time is null && end.Date.Time is null;
        var year = YearText(start.Year);
        if (shareYear && start.Date.Grain == EdtfGrain.Day)
        {
            var first = start.Month == end.Month ? DayNumber(start.Day!.Value) : $"{DayNumber(start.Day!.Value)} {MonthName(start.Month!.Value)}";
            return [new("du "), new(first, start.Date), new(" au "), new($"{DayNumber(end.Day!.Value)} {MonthName(end.Month!.Value)} {year}", end.Date)];
        }
        if (shareYear && start.Date.Grain == EdtfGrain.Month)
        {
            var month = MonthName(start.Month!.Value);
            return [new(De("", month).Preposition), new(month, start.Date), new(" à "), new($"{MonthName(end.Month!.Value)} {year}", end.Date)];
        }
        var (from, startText) = De(Side(start));
        var (to, endText) = A(Side(end));
        return [new(from), new(startText, start.Date), new(" " + to), new(endText, end.Date)];
    }

    private static List<EdtfPhrasePart> Set(EdtfSet set)
    {
        var parts = new List<EdtfPhrasePart>();
        for (var i = 0; i < set.Members.Count; i++)
        {
            if (i > 0) parts.Add(new(i == set.Members.Count - 1 ? (set.AllOf ? " et " : " ou ") : ", "));
            var member = set.Members[i];
            var first = EdtfReading.Of(member.First);
            parts.AddRange(member.Last is { } last ? Between(first, EdtfReading.Of(last)) : Single(first));
        }
        if (set.OpenStart) parts.Add(new(set.AllOf ? " et avant" : " ou avant"));
        if (set.OpenEnd) parts.Add(new(set.AllOf ? " et après" : " ou après"));
        return parts;
    }

    /// <summary>
    /// The date without its doubts, and the article French puts before it after a preposition:
    /// (<c>le </c>, <c>1er avril 2022</c>), (<c>le </c>, <c>printemps 2022</c>), (<c>les </c>, <c>années 1560</c>),
    /// (<c></c>, <c>un jour d’avril 1985</c>).
    /// </summary>
    private static (string Article, string Text) Articled(EdtfReading r)
    {
        var date = r.Date;
        var year = Year(r);
        if (date.Season is { } season)
        {
            var name = SeasonName(season);
            return (Vowel(name) ? "l’" : "le ", name + Join(r, year));
        }
        if (date.Month is null)
        {
            return year.StartsWith("les ", StringComparison.Ordinal) ? ("les ", year["les ".Length..]) : ("", year);
        }
        if (r.YearUnknown && r.Months.Count == 12 && (date.Day is null || r.Days.Count == 31)) return ("", "date inconnue");
        var month = Months(r);
        string text;
        if (date.Day is null && month is null)
        {
            // A month unsaid of a year known, or of a decade or range: "un mois de 2004", "un mois entre 1000 et 1999".
            return ("", r.YearKnown ? $"un mois de {year}" : year.StartsWith("les ", StringComparison.Ordinal) ? $"un mois des {year["les ".Length..]}" : $"un mois {year}");
        }
        if (date.Day is null) text = month!;
        else if (r.Day is { } day && month is not null) return ("le ", $"{DayNumber(day)} {month}{Join(r, year)}{Time(date)}");
        else if (month is not null) text = r.Days.Count == 31 ? "un jour " + De("", month).Preposition + month : $"{Days(r)} {month}";
        else text = r.Day is { } known ? $"le {DayNumber(known)} d’un mois" : "un jour";
        if (month is null && r.YearKnown) return ("", $"{text} de {year}{Time(date)}");
        return ("", text + Join(r, year) + Time(date));
    }

    /// <summary>One end of a range: <c>vers</c> cannot follow <c>de</c>, so approximation comes after.</summary>
    private static (string Article, string Text) Side(EdtfReading r)
    {
        var (article, text) = Articled(r);
        return (article, text + (r.Approximate ? " environ" : ""));
    }

    /// <summary>After a month or a season: the year (<c> 2022</c>), or what is known of it (<c>, année inconnue</c>).</summary>
    private static string Join(EdtfReading r, string year) =>
        r.YearKnown ? " " + year : year.StartsWith("les ", StringComparison.Ordinal) ? ", dans " + year : ", " + year;

    private static string Year(EdtfReading r)
    {
        var year = r.Date.Year;
        if (year.Significant is not null && !year.HasUnspecifiedDigits)
        {
            var (low, high) = year.Range;
            return low == high ? YearText(low) : $"entre {YearText(low)} et {YearText(high)} (estimation : {YearText(year.Value)})";
        }
        if (!year.HasUnspecifiedDigits) return YearText(year.Value);
        if (r.YearUnknown) return "année inconnue";
        var (first, last) = year.Range;
        return r.TrailingUnspecifiedDigits switch
        {
            1 when first >= 0 => $"les années {YearText(first)}",
            not null => $"entre {YearText(first)} et {YearText(last)}",
            _ => $"une année de la forme {year}",
        };
    }

    /// <summary>A year as French writes it: <c>1985</c>, <c>170 000 002</c>, <c>44 av. J.-C.</c> for <c>-0043</c>.</summary>
    internal static string YearText(long year) => year >= 1
        ? (year <= 9999 ? year.ToString(CultureInfo.InvariantCulture) : year.ToString("N0", French))
        : $"{(1 - year <= 9999 ? (1 - year).ToString(CultureInfo.InvariantCulture) : (1 - year).ToString("N0", French))} av. J.-C.";

    private static string? Months(EdtfReading r)
    {
        if (r.Month is { } month) return MonthName(month);
        if (r.Months.Count == 12) return null;
        return r.Months.Count <= 3
            ? EdtfReading.Join(r.Months.Select(MonthName).ToList(), " ou ")
            : $"de {MonthName(r.Months[0])} à {MonthName(r.Months[^1])}";
    }

    private static string Days(EdtfReading r) =>
        r.Days.Count <= 3 ? EdtfReading.Join(r.Days.Select(DayNumber).ToList(), " ou ") : $"un jour du {DayNumber(r.Days[0])} au {DayNumber(r.Days[^1])}";

    private static string Time(EdtfCalendarDate date)
    {
        if (date.Time is not { } time) return "";
        var text = string.Create(CultureInfo.InvariantCulture, $" à {time.Hour} h {time.Minute:D2} min {time.Second:D2} s");
        if (time.Utc) return text + " UTC";
        if (time.Shift is not { } shift) return text;
        var magnitude = Math.Abs(shift);
        return text + string.Create(CultureInfo.InvariantCulture, $" UTC{(shift < 0 ? "\u2212" : "+")}{magnitude / 60:D2}:{magnitude % 60:D2}");
    }

    private static string SeasonName(int code) => code switch
    {
        21 or 25 => "printemps" + (code == 25 ? " (hémisphère nord)" : ""),
        22 or 26 => "été" + (code == 26 ? " (hémisphère nord)" : ""),
        23 or 27 => "automne" + (code == 27 ? " (hémisphère nord)" : ""),
        24 or 28 => "hiver" + (code == 28 ? " (hémisphère nord)" : ""),
        29 => "printemps (hémisphère sud)",
        30 => "été (hémisphère sud)",
        31 => "automne (hémisphère sud)",
        32 => "hiver (hémisphère sud)",
        33 => "premier trimestre",
        34 => "deuxième trimestre",
        35 => "troisième trimestre",
        36 => "quatrième trimestre",
        37 => "premier quadrimestre",
        38 => "deuxième quadrimestre",
        39 => "troisième quadrimestre",
        40 => "premier semestre",
        _ => "second semestre",
    };

    /// <summary>"de" and what follows it: <c>du</c> printemps, <c>des</c> années 1560, <c>d’</c>avril, <c>de</c> 1992, <c>de l’</c>été.</summary>
    private static (string Preposition, string Text) De((string Article, string Text) end) => De(end.Article, end.Text);

    private static (string Preposition, string Text) De(string article, string text) => article switch
    {
        "le " => ("du ", text),
        "les " => ("des ", text),
        "l’" => ("de l’", text),
        _ => (Vowel(text) ? "d’" : "de ", text),
    };

    /// <summary>"à" and what follows it: <c>au</c> 3 mai, <c>aux</c> années 1570, <c>à l’</c>été, <c>à</c> 2002.</summary>
    private static (string Preposition, string Text) A((string Article, string Text) end) => end.Article switch
    {
        "le " => ("au ", end.Text),
        "les " => ("aux ", end.Text),
        "l’" => ("à l’", end.Text),
        _ => ("à ", end.Text),
    };

    /// <summary>The words before an end with an open start: <c>jusqu’en 2002</c>, <c>jusqu’au 3 avril</c>, <c>jusqu’au printemps</c>.</summary>
    private static (string Words, string Text) Until(EdtfReading end)
    {
        var side = Side(end);
        if (end.Plain && end.Day is null) return ("jusqu’en ", side.Text);
        var (to, text) = A(side);
        return ("jusqu’" + to, text);
    }

    private static bool Vowel(string text) => text.Length > 0 && "aâàeéèêiîoôuy".Contains(text[0]);

    private static string DayNumber(int day) => day == 1 ? "1er" : day.ToString(CultureInfo.InvariantCulture);

    private static string MonthName(int month) => DateWording.MonthName(month, Language);

    private static string Doubt(EdtfReading r)
    {
        var (year, month, day, all) = r.Uncertain;
        if (all) return " (date incertaine)";
        var names = new List<(string Name, bool Feminine)>();
        if (year) names.Add(("année", true));
        if (month) names.Add((r.Date.Season is null ? "mois" : "saison", r.Date.Season is not null));
        if (day) names.Add(("jour", false));
        if (names.Count == 0) return "";
        var feminine = names.All(n => n.Feminine);
        var adjective = names.Count == 1 ? (feminine ? "incertaine" : "incertain") : (feminine ? "incertaines" : "incertains");
        return $" ({EdtfReading.Join(names.Select(n => n.Name).ToList(), " et ")} {adjective})";
    }

    private static string Doubts(EdtfReading start, EdtfReading end) => (start.Doubted, end.Doubted) switch
    {
        (true, true) => " (dates incertaines)",
        (true, false) => " (début incertain)",
        (false, true) => " (fin incertaine)",
        _ => "",
    };
}
