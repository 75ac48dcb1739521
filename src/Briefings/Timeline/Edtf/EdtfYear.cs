using System.Globalization;

namespace Briefings.Timeline.Edtf;

/// <summary>
/// A year as EDTF writes it: four digits (<c>1985</c>, <c>-0043</c>, with unspecified digits <c>19XX</c>), a
/// letter-prefixed year of more than four digits (<c>Y170000002</c>), an exponential one (<c>Y-17E7</c>), any of
/// them with significant digits (<c>1950S2</c>: some year from 1900 to 1999, estimated 1950).
/// </summary>
/// <param name="Negative">Written with a minus sign: before year 0.</param>
/// <param name="Digits">The four characters of a four-digit year, digits or <c>X</c>, without the sign; null for a Y-year.</param>
/// <param name="Value">The year as written (its X digits as 0), negative before year 0.</param>
/// <param name="Exponent">For <c>Y-17E7</c>, the 7 (and <paramref name="Value"/> is -17 × 10^7); null otherwise.</param>
/// <param name="Significant">The S digits: how many leading digits are significant; null when not given.</param>
public sealed record EdtfYear(bool Negative, string? Digits, long Value, int? Exponent, int? Significant)
{
    public bool HasUnspecifiedDigits => Digits?.Contains('X') == true;

    /// <summary>A four-digit year (possibly with X digits), which alone may have a month, a day or a season.</summary>
    public bool IsFourDigit => Digits is not null;

    /// <summary>The years it may be, as a range: its X digits 0 to 9, or its insignificant digits 0 to 9.</summary>
    public (long Low, long High) Range
    {
        get
        {
            if (HasUnspecifiedDigits)
            {
                var low = long.Parse(Digits!.Replace('X', '0'), NumberStyles.None, CultureInfo.InvariantCulture);
                var high = long.Parse(Digits.Replace('X', '9'), NumberStyles.None, CultureInfo.InvariantCulture);
                return Negative ? (-high, -low) : (low, high);
            }
            if (Significant is not { } significant) return (Value, Value);
            var magnitude = Math.Abs(Value);
            var digits = magnitude.ToString(CultureInfo.InvariantCulture).Length;
            if (significant >= digits) return (Value, Value);
            var unit = Pow10(digits - significant);
            var first = magnitude / unit * unit;
            var last = first + unit - 1;
            return Value < 0 ? (-last, -first) : (first, last);
        }
    }

    /// <summary>Whether <paramref name="year"/> is one the X digits allow (the range holds more for <c>1X5X</c>).</summary>
    public bool Allows(long year)
    {
        if (!HasUnspecifiedDigits) return year >= Range.Low && year <= Range.High;
        if ((year < 0) != Negative || (year == 0 && Negative)) return false;
        var text = Math.Abs(year).ToString("D4", CultureInfo.InvariantCulture);
        if (text.Length != 4) return false;
        for (var i = 0; i < 4; i++)
        {
            if (Digits![i] != 'X' && Digits[i] != text[i]) return false;
        }
        return true;
    }

    /// <summary>The canonical text: <c>1985</c>, <c>-0043</c>, <c>19XX</c>, <c>Y170000002</c>, <c>Y-17E7</c>, <c>1950S2</c>.</summary>
    public override string ToString()
    {
        var text = Digits is not null
            ? (Negative ? "-" : "") + Digits
            : Exponent is { } exponent
                ? $"Y{(Value / Pow10(exponent)).ToString(CultureInfo.InvariantCulture)}E{exponent.ToString(CultureInfo.InvariantCulture)}"
                : "Y" + Value.ToString(CultureInfo.InvariantCulture);
        return Significant is { } s ? $"{text}S{s.ToString(CultureInfo.InvariantCulture)}" : text;
    }

    internal static long Pow10(int exponent)
    {
        var value = 1L;
        for (var i = 0; i < exponent; i++) value *= 10;
        return value;
    }
}
