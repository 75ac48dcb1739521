using System.Globalization;
using Briefings.Localization;
using Briefings.Timeline.Edtf;

namespace Briefings.Timeline;

/// <summary>
/// English wording: <c>1–3 April 2022</c>, <c>28 February – 3 March 2022</c>, <c>around 11 June 2004</c>,
/// <c>spring 2022</c>, <c>April, year unknown</c>, <c>44 BC</c>, <c>since 2019 (end unknown)</c>,
/// <c>1667, 1668 or 1670 to 1672</c>. Parts shared by both ends of a range are written once.
/// </summary>
internal static class EnglishEdtfWording
{
    private const string Language = "en";

    public static EdtfPhrase Format(EdtfValue value) => value switch
    {
        EdtfCalendarDate date => new([.. Single(EdtfReading.Of(date))]),
        EdtfInterval interval => new(Interval(interval)),
        EdtfSet set => new(Set(set)),
        _ => throw new InvalidOperationException($"no English wording for {value.GetType().Name}"),
    };

    private static IEnumerable<EdtfPhrasePart> Single(EdtfReading r)
    {
        if (r.Approximate) yield return new("around ");
        yield return new(Text(r), r.Date);
        if (Doubt(r) is { Length: > 0 } doubt) yield return new(doubt);
    }

    private static List<EdtfPhrasePart> Interval(EdtfInterval interval)
    {
        var (start, end) = (interval.Start.Date is { } s ? EdtfReading.Of(s) : null, interval.End.Date is { } e ? EdtfReading.Of(e) : null);
        if (start is not null && end is not null) return [.. Between(start, end), new(Doubts(start, end))];
        if (start is not null)
        {
            return [new("since " + (start.Approximate ? "around " : "")), new(Text(start), start.Date), new(Doubt(start) + (interval.End.IsUnknown ? " (end unknown)" : ""))];
        }
        return [new("until " + (end!.Approximate ? "around " : "")), new(Text(end), end.Date), new(Doubt(end) + (interval.Start.IsUnknown ? " (start unknown)" : ""))];
    }

    private static IEnumerable<EdtfPhrasePart> Between(EdtfReading start, EdtfReading end)
    {
        if (start.Approximate || end.Approximate || !start.Plain || !end.Plain)
        {
            // Words rather than a dash where an end is approximate or not a plain date: "from around 1992 to 2002".
            return [new("from " + (start.Approximate ? "around " : "")), new(Text(start), start.Date),
                new(" to " + (end.Approximate ? "around " : "")), new(Text(end), end.Date)];
        }
        var shareYear = start.Date.Grain == end.Date.Grain && start.Year == end.Year && start.Year >= 1 && start.Date.Time is null && end.Date.Time is null;
        var year = YearText(start.Year);
        if (shareYear && start.Date.Grain == EdtfGrain.Day)
        {
            return start.Month == end.Month
                ? Range(start, Number(start.Day!.Value), end, Number(end.Day!.Value), $" {MonthName(end.Month!.Value)} {year}")
                : Range(start, $"{Number(start.Day!.Value)} {MonthName(start.Month!.Value)}", end, $"{Number(end.Day!.Value)} {MonthName(end.Month!.Value)}", $" {year}");
        }
        if (shareYear && start.Date.Grain == EdtfGrain.Month)
        {
            return Range(start, MonthName(start.Month!.Value), end, MonthName(end.Month!.Value), $" {year}");
        }
        return Range(start, Text(start), end, Text(end), "");
    }

    /// <summary>A closed en dash between single words (<c>1992–2002</c>), a spaced one otherwise.
    /// What both ends share (<paramref name="shared"/>, the month or year) is written once, after the end.</summary>
    private static IEnumerable<EdtfPhrasePart> Range(EdtfReading start, string from, EdtfReading end, string to, string shared) =>
        [new(from, start.Date), new(from.Contains(' ') || to.Contains(' ') ? " – " : "–"), new(to + shared, end.Date)];

    private static List<EdtfPhrasePart> Set(EdtfSet set)
    {
        var parts = new List<EdtfPhrasePart>();
        for (var i = 0; i < set.Members.Count; i++)
        {
            if (i > 0) parts.Add(new(i == set.Members.Count - 1 ? (set.AllOf ? " and " : " or ") : ", "));
            var member = set.Members[i];
            var first = EdtfReading.Of(member.First);
            if (member.Last is not { } last)
            {
                parts.AddRange(Single(first));
                continue;
            }
            parts.AddRange([new(Text(first), first.Date), new(" to "), new(Text(EdtfReading.Of(last)), last)]);
        }
        if (set.OpenStart) parts.Add(new(set.AllOf ? " and earlier" : " or earlier"));
        if (set.OpenEnd) parts.Add(new(set.AllOf ? " and later" : " or later"));
        return parts;
    }

    /// <summary>The date without its doubts: <c>1 April 2022</c>, <c>spring 2022</c>, <c>a day in April 1985</c>.</summary>
    private static string Text(EdtfReading r)
    {
        var date = r.Date;
        var year = Year(r);
        if (date.Season is { } season) return season >= 33 ? $"{SeasonName(season)} of {year}" : $"{SeasonName(season)}{Join(r, year)}";
        if (date.Month is null) return year;
        if (r.YearUnknown && r.Months.Count == 12 && (date.Day is null || r.Days.Count == 31)) return "date unknown";
        var month = Months(r);
        string text;
        if (date.Day is null && month is null)
        {
            // A month unsaid of a year known, or of a decade or range: "a month in 2004", "a month between 1000 and 1999".
            return r.YearKnown || year.StartsWith("the ", StringComparison.Ordinal) ? $"a month in {year}" : $"a month {year}";
        }
        if (date.Day is null) text = month!;
        else if (r.Day is { } day && month is not null) text = $"{Number(day)} {month}";
        else if (month is not null) text = r.Days.Count == 31 ? $"a day in {month}" : $"{Days(r)} {month}";
        else text = r.Day is { } known ? $"the {Ordinal(known)} of a month" : "a day";
        if (month is null && r.YearKnown) return $"{text} in {year}{Time(date)}";
        return text + Join(r, year) + Time(date);
    }

    private static string Join(EdtfReading r, string year) =>
        r.YearKnown ? " " + year : year.StartsWith("the ", StringComparison.Ordinal) ? ", in " + year : ", " + year;

    private static string Year(EdtfReading r)
    {
        var year = r.Date.Year;
        if (year.Significant is not null && !year.HasUnspecifiedDigits)
        {
            var (low, high) = year.Range;
            return low == high ? YearText(low) : $"between {YearText(low)} and {YearText(high)} (estimated {YearText(year.Value)})";
        }
        if (!year.HasUnspecifiedDigits) return YearText(year.Value);
        if (r.YearUnknown) return "year unknown";
        var (first, last) = year.Range;
        return r.TrailingUnspecifiedDigits switch
        {
            1 when first >= 0 => $"the {YearText(first)}s",
            not null => $"between {YearText(first)} and {YearText(last)}",
            _ => $"a year matching {year}",
        };
    }

    /// <summary>A year as English writes it: <c>1985</c>, <c>170,000,002</c>, <c>44 BC</c> for <c>-0043</c>.</summary>
    internal static string YearText(long year) => year >= 1
        ? (year <= 9999 ? year.ToString(CultureInfo.InvariantCulture) : year.ToString("N0", CultureInfo.InvariantCulture))
        : $"{(1 - year <= 9999 ? (1 - year).ToString(CultureInfo.InvariantCulture) : (1 - year).ToString("N0", CultureInfo.InvariantCulture))} BC";

    private static string? Months(EdtfReading r)
    {
        if (r.Month is { } month) return MonthName(month);
        if (r.Months.Count == 12) return null;
        return r.Months.Count <= 3 ? EdtfReading.Join(r.Months.Select(MonthName).ToList(), " or ") : $"{MonthName(r.Months[0])} to {MonthName(r.Months[^1])}";
    }

    private static string Days(EdtfReading r) =>
        r.Days.Count <= 3 ? EdtfReading.Join(r.Days.Select(Number).ToList(), " or ") : $"a day from {Number(r.Days[0])} to {Number(r.Days[^1])}";

    private static string Time(EdtfCalendarDate date)
    {
        if (date.Time is not { } time) return "";
        var text = string.Create(CultureInfo.InvariantCulture, $", {time.Hour:D2}:{time.Minute:D2}:{time.Second:D2}");
        if (time.Utc) return text + " UTC";
        if (time.Shift is not { } shift) return text;
        var magnitude = Math.Abs(shift);
        return text + string.Create(CultureInfo.InvariantCulture, $" UTC{(shift < 0 ? "\u2212" : "+")}{magnitude / 60:D2}:{magnitude % 60:D2}");
    }

    private static string SeasonName(int code) => code switch
    {
        21 or 25 => "spring" + (code == 25 ? " (northern hemisphere)" : ""),
        22 or 26 => "summer" + (code == 26 ? " (northern hemisphere)" : ""),
        23 or 27 => "autumn" + (code == 27 ? " (northern hemisphere)" : ""),
        24 or 28 => "winter" + (code == 28 ? " (northern hemisphere)" : ""),
        29 => "spring (southern hemisphere)",
        30 => "summer (southern hemisphere)",
        31 => "autumn (southern hemisphere)",
        32 => "winter (southern hemisphere)",
        _ => "the " + EdtfSeason.Name(code),
    };

    private static string Number(int day) => day.ToString(CultureInfo.InvariantCulture);

    private static string Ordinal(int day) => day + (day is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string MonthName(int month) => DateWording.MonthName(month, Language);

    private static string Doubt(EdtfReading r)
    {
        var (year, month, day, all) = r.Uncertain;
        if (all) return " (uncertain)";
        var names = new List<string>();
        if (year) names.Add("year");
        if (month) names.Add(r.Date.Season is null ? "month" : "season");
        if (day) names.Add("day");
        return names.Count == 0 ? "" : $" ({EdtfReading.Join(names, " and ")} uncertain)";
    }

    private static string Doubts(EdtfReading start, EdtfReading end) => (start.Doubted, end.Doubted) switch
    {
        (true, true) => " (uncertain)",
        (true, false) => " (start uncertain)",
        (false, true) => " (end uncertain)",
        _ => "",
    };
}
