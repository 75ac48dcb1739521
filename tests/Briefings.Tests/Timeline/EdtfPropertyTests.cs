using Briefings.Timeline;
using CsCheck;
using Xunit;

namespace Briefings.Tests.Timeline;

public sealed class EdtfPropertyTests
{
    private static Gen<EdtfPoint> PointIn(Gen<int> years) =>
        from year in years
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 31]
        from precision in Gen.Int[0, 2]
        from qualifier in Gen.Int[0, 3]
        select new EdtfPoint(
            year,
            precision >= 1 ? month : null,
            precision == 2 ? Math.Min(day, DateTime.DaysInMonth(year, month)) : null,
            (EdtfQualifier)qualifier);

    private static readonly Gen<EdtfPoint> Point = PointIn(Gen.Int[1, 9999]);

    // Ends in nearby years, so ranges that share a year or month (and get elided wording) come up often.
    private static readonly Gen<(EdtfPoint, EdtfPoint)> NearbyPair =
        from year in Gen.Int[1, 9997]
        from a in PointIn(Gen.Int[year, year + 2])
        from b in PointIn(Gen.Int[year, year + 2])
        select (a, b);

    private static readonly Gen<EdtfDate> Date = Gen.OneOf(
        Point.Select(EdtfDate.Single),
        Gen.Select(Point, Point).Select(Ordered),
        NearbyPair.Select(Ordered),
        Point.Select(p => EdtfDate.Interval(p, null)),
        Point.Select(p => EdtfDate.Interval(null, p)));

    private static EdtfDate Ordered((EdtfPoint A, EdtfPoint B) pair) =>
        pair.B.Upper < pair.A.Lower ? EdtfDate.Interval(pair.B, pair.A) : EdtfDate.Interval(pair.A, pair.B);

    [Fact]
    public void Lower_is_never_after_upper() =>
        Date.Sample(date => date.Lower <= date.Upper && (date.Start is null || date.Start.Lower <= date.Start.Upper));

    [Fact]
    public void Formatting_then_parsing_gives_an_equal_value() =>
        Date.Sample(date => EdtfParser.TryParse(date.ToString(), out var parsed, out _) && parsed == date);

    [Fact]
    public void Every_valid_date_has_wording_in_both_languages() =>
        Date.Sample(date =>
            EdtfWording.Format(date, "fr").Length > 0 && EdtfWording.Format(date, "en").Length > 0);

    [Fact]
    public void Order_follows_the_lower_bound() =>
        Gen.Select(Date, Date).Sample((a, b) =>
            a.Lower == b.Lower || Math.Sign(EdtfOrder.Instance.Compare(a, b)) == a.Lower.CompareTo(b.Lower));

    [Fact]
    public void Random_strings_never_throw() =>
        Gen.String.Sample(text => Check(text));

    [Fact]
    public void Date_like_strings_never_throw() =>
        Gen.String[Gen.Char["0123456789-/.?~% X"], 0, 25].Sample(text => Check(text));

    /// <summary>The parser answers either a date that round-trips or an error, never both, never neither.</summary>
    private static bool Check(string text)
    {
        if (!EdtfParser.TryParse(text, out var date, out var error)) return date is null && !string.IsNullOrEmpty(error);
        return error is null && EdtfParser.TryParse(date.ToString(), out var again, out _) && again == date;
    }
}
