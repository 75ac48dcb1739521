using System.Diagnostics.CodeAnalysis;

namespace Briefings.Timeline.Edtf;

/// <summary>
/// Reads the whole of EDTF (the Library of Congress specification, as ISO 8601-2:2019 adopted it): level 0
/// (dates, date-times, intervals), level 1 (Y-years, seasons, qualifiers, unspecified digits, open and unknown
/// interval ends, negative years) and level 2 (exponential and significant-digit years, sub-year groupings,
/// qualified components, X anywhere, sets). Never throws on what it is given: a refusal is a message that names
/// the rule.
/// </summary>
public static class EdtfSyntax
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out EdtfValue? value, [NotNullWhen(false)] out string? error)
    {
        value = Parse(text, out error);
        return value is not null;
    }

    private static EdtfValue? Parse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(text)) return Fail("the date is empty", out error);
        if (text.Any(char.IsWhiteSpace)) return Fail("remove the spaces: EDTF has none, not even in a set", out error);
        if (text.Length > 200) return Fail("a date is at most 200 characters", out error);
        if (text[0] is '[' or '{') return Set(text, out error);
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (text == "..") return Fail("'..' marks an open end of an interval (2022-04/..) or of a set ([..1984])", out error);
            return EdtfDateReader.Read(text, allowTime: true, out error);
        }
        if (text.IndexOf('/', slash + 1) >= 0) return Fail("an interval has one '/' between its start and its end", out error);
        return Interval(text[..slash], text[(slash + 1)..], out error);
    }

    private static EdtfInterval? Interval(string startText, string endText, out string? error)
    {
        var start = End(startText, "start", out error);
        if (start is null) return null;
        var end = End(endText, "end", out error);
        if (end is null) return null;
        if (start.Date is null && end.Date is null)
        {
            return Fail<EdtfInterval>("an interval needs at least one dated end, as in 2019/.. or ../2019", out error);
        }
        if (start.Date is { } from && end.Date is { } to)
        {
            if (to.Latest < from.Earliest) return Fail<EdtfInterval>($"the interval ends ({to}) before it starts ({from})", out error);
            if (to.Earliest <= from.Earliest)
            {
                return Fail<EdtfInterval>(to.Earliest == from.Earliest && to.Latest == from.Latest
                    ? $"the interval starts and ends on the same date: write {from} alone"
                    : $"the interval's end ({to}) may come before its start ({from}): an end starts after the start", out error);
            }
        }
        return new EdtfInterval(start, end);
    }

    private static EdtfIntervalEnd? End(string text, string which, out string? error)
    {
        error = null;
        if (text.Length == 0) return EdtfIntervalEnd.Unknown;
        if (text == "..") return EdtfIntervalEnd.Open;
        if (text.StartsWith("..", StringComparison.Ordinal) || text.EndsWith("..", StringComparison.Ordinal))
        {
            return Fail<EdtfIntervalEnd>($"an open {which} is '..' alone, as in 2019/.. or ../2019", out error);
        }
        if (text[0] is '[' or '{') return Fail<EdtfIntervalEnd>("an interval's ends are dates, not sets", out error);
        var date = EdtfDateReader.Read(text, allowTime: false, out error);
        return date is null ? null : EdtfIntervalEnd.At(date);
    }

    /// <summary><c>[…]</c> one of, <c>{…}</c> all of: dates and ranges between commas, <c>..</c> before the first or after the last.</summary>
    private static EdtfSet? Set(string text, out string? error)
    {
        var allOf = text[0] == '{';
        var close = allOf ? '}' : ']';
        if (text[^1] != close || text.Length < 3) return Fail<EdtfSet>($"a set opened with '{text[0]}' closes with '{close}' and holds at least one date", out error);
        var inner = text[1..^1];
        var openStart = inner.StartsWith("..", StringComparison.Ordinal);
        var openEnd = inner.EndsWith("..", StringComparison.Ordinal) && inner.Length > 2;
        if (openStart) inner = inner[2..];
        if (openEnd) inner = inner[..^2];
        if (inner.Length == 0) return Fail<EdtfSet>("a set holds at least one date", out error);
        var members = new List<EdtfSetMember>();
        foreach (var part in inner.Split(','))
        {
            if (Member(part, out error) is not { } member) return null;
            members.Add(member);
        }
        if ((openStart || openEnd) && members.Count == 1 && members[0].Last is not null)
        {
            return Fail<EdtfSet>("an open set ends or starts with a date, not a range", out error);
        }
        error = null;
        return new EdtfSet(allOf, members, openStart, openEnd);
    }

    private static EdtfSetMember? Member(string text, out string? error)
    {
        if (text.Length == 0) return Fail<EdtfSetMember>("a set's dates are separated by single commas", out error);
        var range = text.IndexOf("..", StringComparison.Ordinal);
        if (range < 0) return EdtfDateReader.Read(text, allowTime: false, out error) is { } date ? new EdtfSetMember(date, null) : null;
        if (range == 0 || range == text.Length - 2) return Fail<EdtfSetMember>("'..' opens a set only before its first date or after its last", out error);
        if (EdtfDateReader.Read(text[..range], allowTime: false, out error) is not { } first) return null;
        if (EdtfDateReader.Read(text[(range + 2)..], allowTime: false, out error) is not { } last) return null;
        if (first.Grain != last.Grain) return Fail<EdtfSetMember>($"both ends of the range {text} are written to the same precision", out error);
        if (last.Earliest <= first.Earliest) return Fail<EdtfSetMember>($"the range {text} goes backwards: its first date comes first", out error);
        return new EdtfSetMember(first, last);
    }

    private static EdtfValue? Fail(string message, out string? error) => Fail<EdtfValue>(message, out error);

    private static T? Fail<T>(string message, out string? error) where T : class
    {
        error = message;
        return null;
    }
}
