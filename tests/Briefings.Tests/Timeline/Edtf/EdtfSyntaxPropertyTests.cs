using Briefings.Timeline.Edtf;
using CsCheck;
using Xunit;

namespace Briefings.Tests.Timeline.Edtf;

/// <summary>Properties of every date the parser accepts, on generated EDTF of all three levels and on noise.</summary>
public sealed class EdtfSyntaxPropertyTests
{
    private static readonly Gen<string> Qualifier = Gen.OneOf(Gen.Const(""), Gen.Const(""), Gen.Const("?"), Gen.Const("~"), Gen.Const("%"));

    private static Gen<string> Digits(int count, string alphabet) =>
        Gen.Char[alphabet].Array[count].Select(chars => new string(chars));

    private static readonly Gen<string> FourDigitYear =
        from sign in Gen.OneOf(Gen.Const(""), Gen.Const(""), Gen.Const("-"))
        from digits in Gen.OneOf(Digits(4, "0123456789"), Digits(4, "0123456789X"), Gen.Int[1900, 2030].Select(y => y.ToString("D4")))
        from significant in Gen.OneOf(Gen.Const(""), Gen.Const(""), Gen.Const(""), Gen.Int[1, 5].Select(s => $"S{s}"))
        select sign + digits + significant;

    private static readonly Gen<string> LongYear =
        from sign in Gen.OneOf(Gen.Const(""), Gen.Const("-"))
        from mantissa in Gen.Long[1, 99_999_999]
        from exponent in Gen.OneOf(Gen.Const(""), Gen.Int[1, 8].Select(e => $"E{e}"))
        from significant in Gen.OneOf(Gen.Const(""), Gen.Int[1, 9].Select(s => $"S{s}"))
        select $"Y{sign}{(exponent.Length == 0 ? mantissa + 10_000 : mantissa)}{exponent}{significant}";

    private static readonly Gen<string> CalendarDate = Gen.OneOf(
        from year in FourDigitYear
        from q1 in Qualifier
        from month in Gen.OneOf(Gen.Int[1, 12].Select(m => m.ToString("D2")), Gen.Int[21, 41].Select(m => m.ToString()), Digits(2, "01X"))
        from q2 in Qualifier
        from day in Gen.OneOf(Gen.Const((string?)null), Gen.Int[1, 31].Select(d => (string?)d.ToString("D2")), Digits(2, "0123X").Select(d => (string?)d))
        from q3 in Qualifier
        from left in Gen.OneOf(Gen.Const(""), Qualifier)
        from shape in Gen.Int[0, 2]
        select shape switch
        {
            0 => left + year + q1,
            1 => left + year + q1 + "-" + month + q2,
            _ => left + year + q1 + "-" + month + q2 + (day is null ? "" : "-" + q3 + day),
        },
        LongYear,
        from date in Gen.Int[1, 9999].Select(y => y.ToString("D4")).SelectMany(y => Gen.Int[1, 12].Select(m => $"{y}-{m:D2}-{Math.Min(28, m):D2}"))
        from time in Gen.OneOf(Gen.Const("T10:20:30"), Gen.Const("T23:59:59Z"), Gen.Const("T00:00:00+04:30"), Gen.Const("T12:00:00-04"))
        select date + time);

    private static readonly Gen<string> End = Gen.OneOf(CalendarDate, CalendarDate, Gen.Const(".."), Gen.Const(""));

    private static readonly Gen<string> Member = Gen.OneOf(CalendarDate, Gen.Int[1000, 2000].Select(y => $"{y}..{y + 3}"));

    private static readonly Gen<string> Edtf = Gen.OneOf(
        CalendarDate,
        Gen.Select(End, End).Select((a, b) => $"{a}/{b}"),
        from open in Gen.Int[0, 3]
        from members in Member.Array[1, 4]
        from all in Gen.Bool
        select (all ? "{" : "[") + (open == 1 ? ".." : "") + string.Join(",", members) + (open == 2 ? ".." : "") + (all ? "}" : "]"));

    private static readonly Gen<string> Noise = Gen.Char["0123456789X-/.?~%[]{},YESTZ:+ u"].Array[0, 24].Select(c => new string(c));

    [Fact]
    public void An_accepted_date_reads_back_from_its_canonical_text_as_the_same_date() =>
        Edtf.Sample(text =>
        {
            if (!EdtfSyntax.TryParse(text, out var value, out _)) return true;
            var canonical = value.ToString();
            return EdtfSyntax.TryParse(canonical, out var again, out _) && again == value && again.ToString() == canonical;
        }, iter: 20_000);

    [Fact]
    public void An_accepted_date_never_ends_before_it_begins() =>
        Edtf.Sample(text => !EdtfSyntax.TryParse(text, out var value, out _) || value.Earliest <= value.Latest, iter: 20_000);

    [Fact]
    public void Every_accepted_date_is_said_in_words_in_both_languages_never_by_a_bare_symbol() =>
        Edtf.Sample(text =>
        {
            if (!EdtfSyntax.TryParse(text, out var value, out _)) return true;
            return new[] { "fr", "en" }.Select(language => Briefings.Timeline.EdtfWording.Format(value, language))
                .All(words => words.Length > 0 && words.IndexOfAny(['?', '~', '%']) < 0);
        }, iter: 20_000);

    [Fact]
    public void Noise_is_refused_or_read_but_never_throws() =>
        Gen.OneOf(Noise, Edtf.Select(Noise, (a, b) => a + b)).Sample(text =>
        {
            var accepted = EdtfSyntax.TryParse(text, out var value, out var error);
            return accepted ? value is not null : !string.IsNullOrEmpty(error);
        }, iter: 50_000);

    [Fact]
    public void Generated_dates_are_mostly_accepted_so_the_properties_test_something()
    {
        var accepted = 0;
        Edtf.Sample(text => { if (EdtfSyntax.TryParse(text, out _, out _)) accepted++; }, iter: 2_000, threads: 1);
        Assert.True(accepted > 600, $"only {accepted} of 2,000 generated dates were accepted");
    }

    [Fact]
    public void Timeline_order_is_a_total_order_that_follows_the_bounds()
    {
        var values = Gen.Select(Edtf, Edtf, Edtf);
        values.Sample((a, b, c) =>
        {
            if (!EdtfSyntax.TryParse(a, out var x, out _) || !EdtfSyntax.TryParse(b, out var y, out _) || !EdtfSyntax.TryParse(c, out var z, out _)) return true;
            var order = EdtfValueOrder.Instance;
            var antisymmetric = Math.Sign(order.Compare(x, y)) == -Math.Sign(order.Compare(y, x));
            var transitive = !(order.Compare(x, y) <= 0 && order.Compare(y, z) <= 0) || order.Compare(x, z) <= 0;
            var followsBounds = x.Earliest >= y.Earliest || order.Compare(x, y) < 0;
            return antisymmetric && transitive && followsBounds;
        }, iter: 20_000);
    }
}
