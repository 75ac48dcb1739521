using System.Globalization;

namespace Briefings.Timeline.Edtf;

/// <summary>
/// Reads one calendar date of EDTF, character by character: a year (four digits, signed, with X digits or
/// significant digits; or a Y-year), then a month or a season, a day and a time, with qualifiers on either side of
/// each component. Every refusal names the rule it breaks.
/// </summary>
internal ref struct EdtfDateReader(string text)
{
    private readonly string _text = text;
    private int _position;

    private readonly bool AtEnd => _position >= _text.Length;

    private readonly char Current => AtEnd ? '\0' : _text[_position];

    /// <summary>The date, or null with the reason.</summary>
    public static EdtfCalendarDate? Read(string text, bool allowTime, out string? problem)
    {
        var reader = new EdtfDateReader(text);
        return reader.Date(allowTime, out problem);
    }

    private EdtfCalendarDate? Date(bool allowTime, out string? problem)
    {
        Span<EdtfQualification> left = stackalloc EdtfQualification[3];
        Span<EdtfQualification> right = stackalloc EdtfQualification[3];
        if (!Qualifier(out left[0], out problem)) return null;
        var year = Current == 'Y' ? LongYear(out problem) : FourDigitYear(out problem);
        if (year is null) return null;
        if (!Qualifier(out right[0], out problem)) return null;

        string? month = null, day = null;
        int? season = null;
        var count = 1;
        if (Current == '-' && year.IsFourDigit && year.Significant is null)
        {
            _position++;
            if (!Qualifier(out left[1], out problem) || Component("month", out month, out problem) is false) return null;
            if (!Qualifier(out right[1], out problem)) return null;
            count = 2;
            if (Current == '-')
            {
                _position++;
                if (!Qualifier(out left[2], out problem) || Component("day", out day, out problem) is false) return null;
                if (!Qualifier(out right[2], out problem)) return null;
                count = 3;
            }
            if (MonthProblem(month!, day is not null, out season) is { } monthProblem) return Fail<EdtfCalendarDate>(monthProblem, out problem);
            if (season is not null) month = null;
            if (day is not null && DayProblem(day, month) is { } dayProblem) return Fail<EdtfCalendarDate>(dayProblem, out problem);
        }

        EdtfTime? time = null;
        if (Current == 'T')
        {
            if (!allowTime) return Fail<EdtfCalendarDate>("an interval's ends and a set's members are dates without a time of day", out problem);
            if (day is null || year.HasUnspecifiedDigits || month!.Contains('X') || day.Contains('X'))
            {
                return Fail<EdtfCalendarDate>("a time of day follows a complete date: yyyy-mm-ddThh:mm:ss", out problem);
            }
            time = EdtfTimeReader.Read(_text, ref _position, out problem);
            if (time is null) return null;
        }
        if (!AtEnd) return Fail<EdtfCalendarDate>(Unexpected(), out problem);

        var qualifications = new EdtfQualification[3];
        for (var i = 0; i < count; i++)
        {
            qualifications[i] = left[i];
            for (var j = i; j < count; j++) qualifications[i] |= right[j];
        }
        if (time is not null && qualifications[0] != EdtfQualification.None)
        {
            return Fail<EdtfCalendarDate>("a date with a time of day cannot be qualified: write the date alone with ?, ~ or %", out problem);
        }
        if (EdtfBounds.Of(year, month, season, day, out var boundsProblem) is not { } bounds)
        {
            return Fail<EdtfCalendarDate>($"no day fits '{_text}': {boundsProblem}", out problem);
        }
        return new EdtfCalendarDate(year, month, season, day, time, qualifications[0], qualifications[1], qualifications[2], bounds.Earliest, bounds.Latest, _text);
    }

    private EdtfYear? FourDigitYear(out string? problem)
    {
        var negative = Current == '-';
        if (negative) _position++;
        var start = _position;
        while (!AtEnd && (char.IsAsciiDigit(Current) || Current == 'X')) _position++;
        var digits = _text[start.._position];
        if (digits.Length != 4)
        {
            if (!AtEnd && char.IsAsciiLetter(Current)) return Fail<EdtfYear>(Unexpected(), out problem);
            return Fail<EdtfYear>(digits.Length > 4
                ? $"a year of more than four digits is written with a Y before it: Y{(negative ? "-" : "")}{digits}"
                : "write the year with four digits (0000 to 9999), as in 1985 or 0044", out problem);
        }
        var value = long.Parse(digits.Replace('X', '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        if (negative && value == 0 && !digits.Contains('X')) return Fail<EdtfYear>("year 0000 (1 BC) has no sign: -0000 is not a year", out problem);
        int? significant = null;
        if (Current == 'S')
        {
            if (digits.Contains('X')) return Fail<EdtfYear>("write a year with unspecified digits (X) or with significant digits (S), not both", out problem);
            if (Significant(out significant, out problem) is false) return null;
        }
        problem = null;
        return new EdtfYear(negative, digits, negative ? -value : value, null, significant);
    }

    /// <summary><c>Y170000002</c>, <c>Y-17E7</c>, either with <c>S3</c>.</summary>
    private EdtfYear? LongYear(out string? problem)
    {
        _position++;
        var negative = Current == '-';
        if (negative) _position++;
        var start = _position;
        while (char.IsAsciiDigit(Current)) _position++;
        var digits = _text[start.._position];
        if (digits.Length == 0 || digits[0] == '0') return Fail<EdtfYear>("after Y comes a year without leading zeros, as in Y170000002 or Y-17E7", out problem);
        int? exponent = null;
        if (Current == 'E')
        {
            _position++;
            var exponentStart = _position;
            while (char.IsAsciiDigit(Current)) _position++;
            if (!int.TryParse(_text.AsSpan(exponentStart, _position - exponentStart), NumberStyles.None, CultureInfo.InvariantCulture, out var e) || e < 1)
            {
                return Fail<EdtfYear>("after E comes a positive power of ten, as in Y-17E7 (-170,000,000)", out problem);
            }
            exponent = e;
        }
        else if (digits.Length <= 4)
        {
            return Fail<EdtfYear>($"Y is only for years of more than four digits: write {(negative ? "-" : "")}{digits.PadLeft(4, '0')}", out problem);
        }
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var mantissa)
            || (exponent is { } power && (power > 18 || mantissa > CalendarDay.MaxYear / EdtfYear.Pow10(power))))
        {
            return Fail<EdtfYear>($"years go up to {CalendarDay.MaxYear.ToString("N0", CultureInfo.InvariantCulture)} either way", out problem);
        }
        var value = exponent is { } p ? mantissa * EdtfYear.Pow10(p) : mantissa;
        if (value > CalendarDay.MaxYear) return Fail<EdtfYear>($"years go up to {CalendarDay.MaxYear.ToString("N0", CultureInfo.InvariantCulture)} either way", out problem);
        int? significant = null;
        if (Current == 'S' && Significant(out significant, out problem) is false) return null;
        problem = null;
        return new EdtfYear(negative, null, negative ? -value : value, exponent, significant);
    }

    private bool Significant(out int? significant, out string? problem)
    {
        _position++;
        var start = _position;
        while (char.IsAsciiDigit(Current)) _position++;
        significant = null;
        if (!int.TryParse(_text.AsSpan(start, _position - start), NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s < 1)
        {
            problem = "after S comes how many digits of the year are significant, a positive number, as in 1950S2";
            return false;
        }
        significant = s;
        problem = null;
        return true;
    }

    /// <summary>Two characters, digits or X.</summary>
    private bool Component(string name, out string? value, out string? problem)
    {
        var start = _position;
        while (!AtEnd && (char.IsAsciiDigit(Current) || Current == 'X')) _position++;
        value = _text[start.._position];
        if (value.Length == 2)
        {
            problem = null;
            return true;
        }
        problem = !AtEnd && char.IsAsciiLetter(Current) ? Unexpected() : $"write the {name} with two digits, as in 1985-04-02";
        return false;
    }

    /// <summary>A month from 01 to 12, or a grouping from 21 to 41 (a season, which then has no day).</summary>
    private static string? MonthProblem(string month, bool hasDay, out int? season)
    {
        season = null;
        if (month.Contains('X'))
        {
            return month[0] is '0' or '1' or 'X' ? null : $"no month fits '{month}': months go from 01 to 12";
        }
        var value = int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value is >= 1 and <= 12) return null;
        if (EdtfSeason.IsGrouping(value))
        {
            season = value;
            return hasDay ? $"'{month}' is a season ({EdtfSeason.Name(value)}), which has no day; months go from 01 to 12" : null;
        }
        return $"month {month} does not exist: months go from 01 to 12, and 21 to 41 stand for seasons, quarters and semesters";
    }

    private static string? DayProblem(string day, string? month)
    {
        if (day.Contains('X')) return day[0] is '0' or '1' or '2' or '3' or 'X' ? null : $"no day fits '{day}': days go from 01 to 31";
        var value = int.Parse(day, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value is < 1 or > 31) return $"day {day} does not exist: days go from 01 to 31";
        if (month is not null && !month.Contains('X'))
        {
            var m = int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture);
            var most = m == 2 ? 29 : CalendarDay.DaysInMonth(1, m);
            if (value > most) return $"{Localization.DateWording.MonthName(m, "en")} has no day {day}";
        }
        return null;
    }

    /// <summary>One of ?, ~ and % (or none) at this place.</summary>
    private bool Qualifier(out EdtfQualification qualification, out string? problem)
    {
        qualification = Current switch
        {
            '?' => EdtfQualification.Uncertain,
            '~' => EdtfQualification.Approximate,
            '%' => EdtfQualification.UncertainAndApproximate,
            _ => EdtfQualification.None,
        };
        problem = null;
        if (qualification == EdtfQualification.None) return true;
        _position++;
        if (Current is '?' or '~' or '%')
        {
            problem = "write one qualifier in a place: ? uncertain, ~ approximate, % both";
            return false;
        }
        return true;
    }

    private readonly string Unexpected() => Current switch
    {
        'x' => "write unspecified digits as a capital X, as in 19XX",
        'u' => "write unspecified digits as X, as in 19XX (u is the old draft's)",
        'y' => "write long years with a capital Y, as in Y170000002",
        't' => "write the time after a capital T, as in 1985-04-12T23:20:30",
        '(' or ')' => "qualify a component with ?, ~ or % right after it (2004?-06) or before it (2004-~06), without parentheses",
        '/' => "an interval has one '/' between its start and its end",
        ',' or '[' or ']' or '{' or '}' => "a set is written in brackets: [1667,1668] for one of them, {1667,1668} for all",
        _ => $"'{Current}' has no place here: write dates as yyyy, yyyy-mm or yyyy-mm-dd",
    };

    private static T? Fail<T>(string message, out string? problem) where T : class
    {
        problem = message;
        return null;
    }
}
