using Briefings.Diagnostics;
using Briefings.Import;
using Briefings.Metadata;
using Briefings.Timeline.Edtf;
using CsCheck;

namespace Briefings.Tests.Import;

/// <summary>
/// The extractors on random prose made of the pieces they look for (dates, months, quotation marks, acronyms, names,
/// line ends) and of any characters: they never throw, every date they suggest is EDTF to the project's parser, every
/// line they name is in the file, and the sidecar always reads back as metadata with the title it was given.
/// </summary>
public sealed class ImportPropertyTests
{
    private static readonly string[] Pieces =
    [
        "le ", "la ", "Le ", "en ", "depuis ", "entre ", " et ", "fin ", "début ", "mi-", "dans les années ", "dernier", "prochain", "mardi ",
        "on ", "in ", "early ", "late ", "the ", "last ", "next ", "Tuesday", "month", "since ", "between ", " and ", "s",
        "1er ", "13 ", "31 ", "29 ", "0 ", "2002", "1990", "2022", "9999", "1000", "février ", "avril ", "juin ", "March ", "May ", "june ",
        "«", "»", "« ", " »", "\u00A0", "“", "”", "\"", "’", "'", ", a déclaré ", " said ", "selon ", "according to ", ": ",
        "OTSC", "UN", "(", ")", "Organisation du traité de sécurité collective", "United Nations", "l’", "d’", "XIV", "COVID-19",
        "Alexandre Loukachenko", "le président ", "Prime Minister ", "Joe Biden", " ", " ", ". ", "? ", "…", "\n", "\r\n", "\n\n",
        "La suite ici : ", " | ", "Read more: ", "Source : ", "%", " morts", " km", "article 4", "p. ", "é", "ß", "\t", "\u2028", "\uFEFF",
    ];

    private static readonly Gen<string> Prose = Gen.OneOf(
        Gen.OneOf(Pieces.Select(Gen.Const).ToArray()).Array[0, 60].Select(parts => string.Concat(parts)),
        Gen.Select(Gen.OneOf(Pieces.Select(Gen.Const).ToArray()).Array[0, 40], Gen.String[0, 20]).Select((parts, noise) => string.Concat(parts) + noise + string.Concat(parts.Reverse())),
        Gen.String);

    private static readonly Gen<DateOnly?> Reference = Gen.OneOf(Gen.Const((DateOnly?)null), Gen.Int[1, 3_000_000].Select(d => (DateOnly?)DateOnly.FromDayNumber(d)));

    private static readonly GlossaryIndex Glossary = new([AcronymExtractorTests.Term("otsc", "Organisation du traité de sécurité collective", "OTSC", "CSTO")]);

    [Fact]
    public void Extractors_never_throw_suggest_only_parseable_dates_and_name_only_lines_of_the_file() =>
        Gen.Select(Prose, Gen.OneOf(Gen.Const("fr"), Gen.Const("en")), Reference).Sample((text, language, reference) =>
        {
            var analysis = ArticleAnalyzer.Analyze(text, new ImportOptions(new DateOnly(2026, 12, 2), reference, language), Glossary);
            var lines = analysis.Article.LineCount;
            foreach (var date in analysis.Dates)
            {
                if (date.Edtf is { } edtf) Assert.True(EdtfSyntax.TryParse(edtf, out _, out var error), $"{edtf}: {error}");
                Assert.InRange(date.Line, 1, lines);
            }
            foreach (var acronym in analysis.Acronyms) Assert.All(acronym.Lines.Append(acronym.Line).Concat(acronym.ExpansionLines), l => Assert.InRange(l, 1, lines));
            foreach (var name in analysis.Names) Assert.InRange(name.Line, 1, lines);
            foreach (var quote in analysis.Quotations) Assert.InRange(quote.Line, 1, lines);
            if (analysis.SourceLine is { } source) Assert.InRange(source.Line, 1, lines);

            // Whatever the article held, the sidecar's values read back: the title as given, and nothing else set.
            var sidecar = SidecarWriter.Write(analysis, "slug", "in\n\"put\".txt", new ImportOptions(new DateOnly(2026, 12, 2), reference, language));
            var diagnostics = new DiagnosticBag();
            var root = YamlLoader.Load(new SourceText("content/briefings/slug.yml", sidecar), diagnostics);
            var mapping = Assert.IsType<YamlMapping>(root);
            var (frontMatter, _) = FrontMatterReader.Read(mapping, new SourceText("content/briefings/slug.yml", sidecar), diagnostics);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()) + "\n" + sidecar);
            Assert.NotNull(frontMatter);
            Assert.Empty(frontMatter.Timeline);
            Assert.Equal(analysis.SourceLine?.Title?.Trim() ?? SidecarWriter.FallbackTitle("in\n\"put\".txt").Trim(), frontMatter.Title);
        }, iter: 3_000);
}
