using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Briefings.Timeline;

/// <summary>
/// Reads EDTF level 0 dates and intervals with the level-1 qualifiers <c>?</c>, <c>~</c> and
/// <c>%</c>. Strict: anything else is refused with a message an author can act on.
/// </summary>
public static class EdtfParser
{
    private const string Shape = "write dates as yyyy, yyyy-mm or yyyy-mm-dd";

    /// <summary>Never throws: bad input gives false and a short English explanation.</summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out EdtfDate? date,
        [NotNullWhen(false)] out string? error)
    {
        error = Parse(text, out date);
        return error is null;
    }

    /// <summary>Why the text is not a date, or null with the date set.</summary>
    private static string? Parse(string? text, out EdtfDate? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text)) return "the date is empty";
        if (text.Any(char.IsWhiteSpace)) return "remove the spaces from the date";

        var parts = text.Split('/');
        if (parts.Length > 2) return "an interval has a single '/' between its start and its end";
        if (parts.Length == 1)
        {
            if (text == "..") return "'..' only marks the open start or end of an interval, as in 2022-04/..";
            if (ParsePoint(text, out var point) is { } error) return error;
            date = EdtfDate.Single(point!);
            return null;
        }

        if (ParseEnd(parts[0], out var start) is { } startError) return startError;
        if (ParseEnd(parts[1], out var end) is { } endError) return endError;
        if (EdtfDate.IntervalProblem(start, end) is { } problem) return problem;
        date = EdtfDate.Interval(start, end);
        return null;
    }

    /// <summary>One end of an interval: a date, or <c>..</c> for an open end (point stays null).</summary>
    private static string? ParseEnd(string text, out EdtfPoint? point)
    {
        point = null;
        if (text == "..") return null;
        if (text.Length == 0) return "write '..' for an open start or end, as in ../2002 or 2022-04/..";
        return ParsePoint(text, out point);
    }

    private static string? ParsePoint(string text, out EdtfPoint? point)
    {
        point = null;
        var qualifier = QualifierOf(text[^1]);
        var digits = qualifier is null ? text : text[..^1];
        if (digits.Length > 0 && QualifierOf(digits[^1]) is not null) return "write only one of ?, ~ or % after a date";
        if (digits.IndexOfAny(['?', '~', '%']) >= 0) return "put ?, ~ or % at the end of the date";
        if (digits.StartsWith('-')) return "years before year 1 are not supported";
        if (!HasShape(digits)) return Shape;

        var year = Number(digits, 0, 4);
        int? month = digits.Length >= 7 ? Number(digits, 5, 2) : null;
        int? day = digits.Length == 10 ? Number(digits, 8, 2) : null;
        if (EdtfPoint.Problem(year, month, day) is { } problem) return problem;
        point = new EdtfPoint(year, month, day, qualifier ?? EdtfQualifier.None);
        return null;
    }

    private static EdtfQualifier? QualifierOf(char c) => c switch
    {
        '?' => EdtfQualifier.Uncertain,
        '~' => EdtfQualifier.Approximate,
        '%' => EdtfQualifier.Uncertain | EdtfQualifier.Approximate,
        _ => null,
    };

    /// <summary><c>yyyy</c>, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>, with ASCII digits only.</summary>
    private static bool HasShape(string text)
    {
        if (text.Length is not (4 or 7 or 10)) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var ok = i is 4 or 7 ? text[i] == '-' : char.IsAsciiDigit(text[i]);
            if (!ok) return false;
        }
        return true;
    }

    private static int Number(string text, int start, int length) =>
        int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}
