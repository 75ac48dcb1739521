using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Import;

/// <summary>
/// The dates an article mentions, as EDTF, each with its sentence and line. Resolved against the article's date when
/// one is given: <c>dernier</c>/<c>last</c> looks back from it, <c>prochain</c>/<c>next</c> forward, a bare day and
/// month takes the year that puts it nearest. Without it an unwritten year stays unknown (<c>XXXX-04-01</c>) and what
/// only the article's date can place (<c>last Tuesday</c>) is not suggested, with a note saying so. Nothing inside a
/// quotation (<c>demain</c> is the speaker's tomorrow), no impossible day (<c>le 31 février</c>), no bare number.
/// </summary>
public static class DateExtractor
{
    public static IReadOnlyList<DateSuggestion> Extract(ArticleText article, string language, DateOnly? reference)
    {
        var english = language != "fr";
        var found = new List<(int Start, int Length, DateSuggestion? Suggestion)>();
        foreach (var sentence in article.Sentences)
        {
            foreach (var pattern in DatePatterns.For(language))
            {
                foreach (Match match in pattern.Matches(sentence.Text))
                {
                    var start = sentence.Start + match.Index;
                    if (article.InQuotation(start)) continue;
                    // English months and weekdays are capitalised: "may", "march" are verbs.
                    if (english && (Lowercase(match.Groups["month"]) || Lowercase(match.Groups["wd"]))) continue;
                    var suggestion = Resolve(match, reference) is { } resolved
                        ? new DateSuggestion(resolved.Edtf, match.Value, sentence.Line, start, Excerpt.Around(sentence.Text, match.Index, match.Length), resolved.Note)
                        : null;
                    // An impossible date still holds its words: "le 31 février 2022" is not "février 2022".
                    found.Add((start, match.Length, suggestion));
                }
            }
        }
        var kept = new List<DateSuggestion>();
        var covered = -1;
        foreach (var (start, length, suggestion) in found.OrderBy(f => f.Start).ThenByDescending(f => f.Length))
        {
            if (start < covered) continue;
            covered = start + length;
            if (suggestion is not null) kept.Add(suggestion);
        }
        return kept;
    }

    private static bool Lowercase(Group group) => group.Success && char.IsLower(group.Value[0]);

    private enum Direction { Nearest, Last, Next }

    /// <summary>The EDTF of a match and a note, or null when the words name no real date.</summary>
    private static (string? Edtf, string? Note)? Resolve(Match match, DateOnly? reference)
    {
        var g = match.Groups;
        var direction = !g["rel"].Success ? Direction.Nearest
            : g["rel"].Value.ToLowerInvariant() is var rel && (rel.StartsWith("dern", StringComparison.Ordinal) || rel.StartsWith("last", StringComparison.Ordinal) || rel.Contains("past", StringComparison.Ordinal))
                ? Direction.Last : Direction.Next;
        int? year = g["year"].Success ? int.Parse(g["year"].Value, CultureInfo.InvariantCulture) : null;

        if (g["day"].Success)
        {
            var dayText = g["day"].Value;
            var day = dayText.StartsWith("1e", StringComparison.OrdinalIgnoreCase) || dayText.StartsWith("1ᵉ", StringComparison.Ordinal) ? 1 : int.Parse(dayText, CultureInfo.InvariantCulture);
            return DayMonth(day, DateWords.Month(g["month"].Value), year, direction, reference);
        }
        if (g["wd"].Success)
        {
            if (reference is not { } r) return (null, $"\"{match.Value}\" needs the article's date (--date) to be placed; not suggested");
            var weekday = DateWords.Weekday(g["wd"].Value);
            var step = direction == Direction.Last ? -1 : 1;
            var day = r.AddDays(step);
            while (day.DayOfWeek != weekday) day = day.AddDays(step);
            return (Day(day), $"{(direction == Direction.Last ? "the last" : "the next")} {day.DayOfWeek} {(direction == Direction.Last ? "before" : "after")} --date {Day(r)}");
        }
        if (g["unit"].Success)
        {
            if (reference is not { } r) return (null, $"\"{match.Value}\" needs the article's date (--date) to be placed; not suggested");
            var step = direction == Direction.Last ? -1 : 1;
            var month = g["unit"].Value.ToLowerInvariant() is "mois" or "month";
            return month
                ? (r.AddMonths(step).ToString("yyyy-MM", CultureInfo.InvariantCulture), $"the month {(step < 0 ? "before" : "after")} --date {Day(r)}")
                : ((r.Year + step).ToString("D4", CultureInfo.InvariantCulture), $"the year {(step < 0 ? "before" : "after")} --date {Day(r)}");
        }
        if (g["season"].Success) return ($"{year:D4}-{DateWords.Season(g["season"].Value)}", null);
        if (g["qual"].Success)
        {
            return g["month"].Success ? ($"{year:D4}-{DateWords.Month(g["month"].Value):D2}~", "approximate: the text does not give the day") : ($"{year:D4}~", "approximate: the text gives only part of the year");
        }
        if (g["month"].Success) return ($"{year:D4}-{DateWords.Month(g["month"].Value):D2}", null);
        if (g["y1"].Success)
        {
            var (from, to) = (int.Parse(g["y1"].Value, CultureInfo.InvariantCulture), int.Parse(g["y2"].Value, CultureInfo.InvariantCulture));
            return to > from ? ($"{from:D4}/{to:D4}", null) : null;
        }
        if (g["decade"].Success) return (g["decade"].Value[..3] + "X", null);
        if (g["prep"].Success)
        {
            return g["prep"].Value.ToLowerInvariant() switch
            {
                "depuis" or "dès" or "since" => ($"{year:D4}/..", "an open interval: from that year on"),
                var p when p.StartsWith("jusqu", StringComparison.Ordinal) || p == "until" => ($"../{year:D4}", "an open interval: until that year"),
                _ => ($"{year:D4}", null),
            };
        }
        return null;
    }

    private static (string? Edtf, string? Note)? DayMonth(int day, int month, int? year, Direction direction, DateOnly? reference)
    {
        // Checked against a leap year when the year is unknown: 29 February may be.
        if (day > DateTime.DaysInMonth(year ?? 2000, month)) return null;
        if (year is { } known) return ($"{known:D4}-{month:D2}-{day:D2}", null);
        if (reference is not { } r)
        {
            var why = direction switch
            {
                Direction.Last => "year not written (\"last\": the one before the article's date); give --date to resolve it",
                Direction.Next => "year not written (\"next\": the one after the article's date); give --date to resolve it",
                _ => "year not written; give --date to resolve it",
            };
            return ($"XXXX-{month:D2}-{day:D2}", why);
        }
        DateOnly? best = null;
        for (var offset = 0; offset <= 8 && best is null; offset++)
        {
            best = direction switch
            {
                Direction.Last => Valid(r.Year - offset, month, day) is { } d && d < r ? d : null,
                Direction.Next => Valid(r.Year + offset, month, day) is { } d && d > r ? d : null,
                _ => new[] { r.Year - 1, r.Year, r.Year + 1 }.Select(y => Valid(y, month, day)).OfType<DateOnly>()
                    .OrderBy(d => Math.Abs(d.DayNumber - r.DayNumber)).Cast<DateOnly?>().FirstOrDefault(),
            };
        }
        if (best is not { } resolved) return ($"XXXX-{month:D2}-{day:D2}", "year not written, and no year near --date has this day");
        var how = direction switch
        {
            Direction.Last => $"year not written: the last such day before --date {Day(r)}",
            Direction.Next => $"year not written: the next such day after --date {Day(r)}",
            _ => $"year not written: the one nearest --date {Day(r)}",
        };
        return (Day(resolved), how);
    }

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
