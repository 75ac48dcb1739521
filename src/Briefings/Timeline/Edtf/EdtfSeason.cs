namespace Briefings.Timeline.Edtf;

/// <summary>
/// The sub-year groupings that EDTF writes in a month's place: seasons (21 to 32), quarters (33 to 36),
/// quadrimesters (37 to 39) and semesters (40, 41). The specification names them without saying which months a
/// season covers: Briefings takes the meteorological seasons (spring: March to May in the north), which is what a
/// reader of "spring 2022" means; codes 21 to 24 are the northern ones. A winter starts in December of its year and
/// ends in February of the next.
/// </summary>
public static class EdtfSeason
{
    public const int First = 21;
    public const int Last = 41;

    /// <summary>The first and last month of a grouping; the last may be in the next year (<paramref name="LastMonth"/> above 12).</summary>
    public static (int FirstMonth, int LastMonth) Months(int code) => code switch
    {
        21 or 25 or 31 => (3, 5),      // spring (north), autumn (south)
        22 or 26 or 32 => (6, 8),      // summer (north), winter (south)
        23 or 27 or 29 => (9, 11),     // autumn (north), spring (south)
        24 or 28 or 30 => (12, 14),    // winter (north), summer (south): December to February
        33 => (1, 3),
        34 => (4, 6),
        35 => (7, 9),
        36 => (10, 12),
        37 => (1, 4),
        38 => (5, 8),
        39 => (9, 12),
        40 => (1, 6),
        41 => (7, 12),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not an EDTF sub-year grouping"),
    };

    public static bool IsGrouping(int code) => code is >= First and <= Last;

    /// <summary>The English name the specification gives it, for messages: <c>spring</c>, <c>second quarter</c>.</summary>
    public static string Name(int code) => code switch
    {
        21 => "spring",
        22 => "summer",
        23 => "autumn",
        24 => "winter",
        25 => "spring (northern hemisphere)",
        26 => "summer (northern hemisphere)",
        27 => "autumn (northern hemisphere)",
        28 => "winter (northern hemisphere)",
        29 => "spring (southern hemisphere)",
        30 => "summer (southern hemisphere)",
        31 => "autumn (southern hemisphere)",
        32 => "winter (southern hemisphere)",
        33 => "first quarter",
        34 => "second quarter",
        35 => "third quarter",
        36 => "fourth quarter",
        37 => "first quadrimester",
        38 => "second quadrimester",
        39 => "third quadrimester",
        40 => "first semester",
        41 => "second semester",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not an EDTF sub-year grouping"),
    };
}
