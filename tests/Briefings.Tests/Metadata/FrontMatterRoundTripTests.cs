using Briefings.Metadata;
using Briefings.Model;
using Briefings.Tests.Hostile;
using Briefings.Tests.Support;
using Briefings.Timeline;
using CsCheck;

namespace Briefings.Tests.Metadata;

/// <summary>Whatever front matter is written, <see cref="BriefingParser"/> reads back an equal record and says nothing.</summary>
public sealed class FrontMatterRoundTripTests
{
    // Pieces of text that YAML treats specially somewhere, and plain text around them.
    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.String[Gen.Char["abcdefXYZ éèçœ’"], 1, 8]),
        (2, Gen.OneOf("Лукашенко", "北京", "مرحبا", "e\u0301", "😀", "👩‍👩‍👧", "𝔘", "Ṱ̺̺̕o͞")),
        (3, Gen.OneOf(":", ": ", " :", "#", " #", "---", "...", "- ", "-", "? ", "'", "\"", "\\", "[", "]", "{", "}", ",", "&a", "*a", "!x", "!!str",
            "%", "@", "`", "|", ">", "<<", "~", "=", "${x}", "<script>")),
        (2, Gen.OneOf("yes", "No", "null", "NULL", "true", "False", "1", "-1.5", "1e3", "0x1F", "1_000", "12:30", "2022-04-01", "NaN", "Infinity", ".inf")),
        (2, Gen.OneOf("\n", "\n\n", "\r\n", "\r", "\t", " ", "  ", "\u00A0", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u200B", "\u202E", "\0", "\u0007",
            "\u001B", "\u007F", "\uFFFF")),
        // Any character but a surrogate (half a pair cannot be written as UTF-8) and U+FFFE (Slug.From throws on it, a bug of Text/Slug.cs).
        (2, Gen.Char['\0', '\uD7FF'].Select(c => c.ToString())),
        (1, Gen.Char['\uE000', '\uFFFD'].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    /// <summary>Any text, as an <c>extra</c> value keeps it.</summary>
    private static readonly Gen<string> AnyText = Piece.Array[0, 6].Select(string.Concat);

    /// <summary>A text as the parser reads a key's value: trimmed, not empty.</summary>
    private static readonly Gen<string> Text = AnyText.Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>A list item of references (<c>glossary_exclude</c>, <c>briefings</c>): trimmed, possibly empty.</summary>
    private static readonly Gen<string> Reference = Gen.OneOf(Text, Gen.Const(""));

    private static readonly Gen<ValueList<string>> Texts = Text.Array[0, 3].Select(a => a.ToValueList());

    private static readonly Gen<string> SlugText =
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 6].Array[1, 3].Select(parts => string.Join('-', parts));

    private static readonly Gen<Uri> Url = Gen.OneOf(
        "https://example.org/", "http://example.org/a?b=c&d=e#f", "https://user@example.org:8443/a/b/", "https://example.org/l’otsc/",
        "https://пример.рф/путь", "https://example.org/a b", "https://example.org/#:~:text=a,b", "https://example.org/x:").Select(u => new Uri(u));

    private static readonly Gen<string> EdtfText =
        Gen.Select(Gen.Int[1000, 2999], Gen.OneOf("{0}", "{0}-04", "{0}-04-01", "{0}-04-01/{0}-04-03", "{0}-04/..", "../{0}", "{0}-02-13?", "{0}~", "{0}%"))
            .Select((year, shape) => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, year));

    private static readonly Gen<TimelineEventMetadata> Event =
        from date in EdtfText
        from title in Text
        from id in SlugText.Null()
        from summary in Text.Null()
        from place in Text.Null()
        from actors in Texts
        from tags in Texts
        from sources in Gen.Select(Text, Url.Null(), (name, url) => new SourceLink(name, url)).Array[0, 2]
        from briefings in Reference.Array[0, 2]
        select new TimelineEventMetadata(date, title)
        {
            Id = id, Summary = summary, Place = place, Actors = actors, Tags = tags,
            Sources = sources.ToValueList(), Briefings = briefings.ToValueList(),
        };

    private static readonly Gen<object?> PlainLeaf = Gen.OneOf<object?>(
        Gen.Bool.Select(_ => (object?)null),
        Gen.Bool.Select(b => (object?)b),
        Gen.Long.Select(l => (object?)l),
        Gen.Double.Select(d => (object?)d),
        Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 3.0, 0.1, double.Epsilon).Select(d => (object?)d),
        AnyText.Select(s => (object?)s));

    /// <summary>What <see cref="YamlValues.ToPlain"/> yields: leaves, lists and maps, a few levels deep.</summary>
    private static readonly Gen<object?> PlainValue = Gen.Recursive<object?>((depth, value) => depth >= 2
        ? PlainLeaf
        : Gen.Frequency(
            (4, PlainLeaf),
            (1, value.Array[0, 3].Select(items => (object?)items.ToList())),
            (1, Gen.Select(AnyText, value).Array[0, 3].Select(entries => (object?)Map(entries)))));

    private static readonly Gen<PlainMap> Extra =
        Gen.Select(AnyText, PlainValue).Array[0, 3].Select(entries => new PlainMap(Map(entries)));

    private static readonly Gen<BriefingFrontMatter> FrontMatter =
        from title in Text
        from date in Gen.DateOnly
        from summary in Text.Null()
        from language in Gen.OneOf("fr", "en", "en-GB", "zh-Hant", "sr-Latn-RS", "de-CH-1996").Null()
        from authors in Texts
        from source in Gen.Select(Text, Url.Null(), Gen.DateOnly.Nullable(), (name, url, published) => new SourceReference(name, url, published)).Null()
        from tags in Texts
        from draft in Gen.Bool
        from slug in SlugText.Null()
        from timeline in Event.Array[0, 2]
        from glossaryExclude in Reference.Array[0, 2]
        from extra in Extra
        select new BriefingFrontMatter(title, date)
        {
            Summary = summary, Language = language, Authors = authors, Source = source, Tags = tags, Draft = draft, Slug = slug,
            Timeline = timeline.ToValueList(), GlossaryExclude = glossaryExclude.ToValueList(), Extra = extra,
        };

    private static Dictionary<string, object?> Map((string Key, object? Value)[] entries) =>
        entries.DistinctBy(e => e.Key).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    [Fact]
    public void Writing_then_parsing_gives_back_an_equal_record() =>
        FrontMatter.Sample(FrontMatterRoundTrip.AssertRoundTrips, iter: 2000);

    /// <summary>
    /// Every naughty string as a title (trimmed, as titles are read; the four blank ones cannot be a title), a
    /// summary, a tag, a place, and untouched as an <c>extra</c> key and value. The list holds no lone surrogate
    /// or NUL; a file could not carry the first, and the second only escaped, which the writer does.
    /// </summary>
    [Fact]
    public void Naughty_strings_round_trip()
    {
        foreach (var naughty in NaughtySite.Strings)
        {
            var trimmed = naughty.Trim();
            if (trimmed.Length == 0) trimmed = "blank";
            FrontMatterRoundTrip.AssertRoundTrips(new BriefingFrontMatter(trimmed, new DateOnly(2022, 1, 1))
            {
                Summary = trimmed,
                Tags = [trimmed],
                Timeline = [new TimelineEventMetadata("2022", trimmed) { Place = trimmed }],
                Extra = new PlainMap([new(naughty, naughty)]),
            });
        }
    }
}
