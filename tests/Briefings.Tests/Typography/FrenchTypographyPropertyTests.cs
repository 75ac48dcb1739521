using System.Text;
using System.Text.RegularExpressions;
using Briefings.Markdown.Extensions.FrenchTypography;
using CsCheck;

namespace Briefings.Tests.Typography;

/// <summary>
/// What holds for any text: typesetting twice is typesetting once, it only changes spaces and quotes (removing every
/// space and folding the quotes gives the text back), and code and addresses come out as they went in.
/// </summary>
public sealed partial class FrenchTypographyPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Minsk", "l", "OTSC", "aujourd", "le", "Le", "1", "2", "10", "XX", "I", "V", "er", "e", "es", "re", "d", "siècle", "🎉",
        " ", " ", "\u00A0", "\u202F", "\u2009", ":", ";", "!", "?", "«", "»", "“", "”", "\"", "'", "’", "(", ")", ".", ",", "…", "&amp;",
        "https://x.org/a?b=1;c", "www.y.org/?q", "10:30", "std::vector", "#3e3e3e", ":tada:",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(Pieces.Select(Gen.Const).ToArray()).Array[0, 40].Select(parts => string.Concat(parts));

    private static readonly Gen<TypesetSegment[]> Segments =
        Gen.Select(Text, Gen.Bool).Select((text, editable) => new TypesetSegment(text, editable)).Array[1, 5];

    // As the typesetter tells an address: a scheme or www. that does not continue a word, up to a space or a quote.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:https?://|www\.)[^\s<>""«»“”‘’]*")]
    private static partial Regex Address();

    /// <summary>Each segment's text after typesetting, superscripts marked <c>{…}</c>.</summary>
    private static string[] Render(TypesetSegment[] segments, IReadOnlyList<TypesetPiece>?[] result) =>
        segments.Select((s, i) => result[i] is { } pieces
            ? string.Concat(pieces.Select(p => p.Superscript ? "{" + p.Text + "}" : p.Text))
            : s.Text.ToString()).ToArray();

    private static string Fold(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '{' or '}') continue;
            folded.Append(c switch { '’' or '‘' => '\'', '«' or '»' or '“' or '”' => '"', _ => c });
        }
        return folded.ToString();
    }

    [Fact]
    public void Typesetting_twice_is_typesetting_once() =>
        Segments.Sample(segments =>
        {
            var once = Render(segments, new FrenchTypesetter().Apply(segments));
            var again = once.Select((text, i) => new TypesetSegment(text.Replace("{", "").Replace("}", ""), segments[i].Editable)).ToArray();
            var twice = Render(again, new FrenchTypesetter().Apply(again));
            return once.SequenceEqual(twice);
        }, iter: 3000);

    [Fact]
    public void Only_spaces_and_quotes_change() =>
        Segments.Sample(segments =>
        {
            var result = Render(segments, new FrenchTypesetter().Apply(segments));
            return segments.Select((s, i) => Fold(s.Text.ToString()) == Fold(result[i])).All(same => same);
        }, iter: 3000);

    [Fact]
    public void Code_and_addresses_are_never_changed() =>
        Segments.Sample(segments =>
        {
            var result = Render(segments, new FrenchTypesetter().Apply(segments));
            for (var i = 0; i < segments.Length; i++)
            {
                if (!segments[i].Editable && result[i] != segments[i].Text.ToString()) return false;
                var before = Address().Matches(segments[i].Text.ToString()).Select(m => m.Value).ToList();
                if (before.Any(address => !result[i].Contains(address, StringComparison.Ordinal))) return false;
            }
            return true;
        }, iter: 3000);

    private static readonly Gen<string> Markdown = Gen.OneOf(
        [.. Pieces.Select(Gen.Const), Gen.Const("`a ? b : c`"), Gen.Const("*"), Gen.Const("<https://z.org/?q>"), Gen.Const("\n"),
            Gen.Const("[x ?](https://l.org/?a \"t : u\")"), Gen.Const("<code>Note: x</code>")])
        .Array[0, 30].Select(parts => string.Concat(parts));

    [GeneratedRegex(@"<code>.*?</code>|(?:href|src|title|alt)=""[^""]*""", RegexOptions.Singleline)]
    private static partial Regex CodeAndAttributes();

    [Fact]
    public void In_Markdown_code_and_attributes_come_out_as_without_typography() =>
        Markdown.Sample(markdown =>
        {
            var pipeline = Briefings.Markdown.MarkdownPipelineFactory.Create(Briefings.Configuration.MarkdownOptions.Default);
            var plain = Markdig.Markdown.ToHtml(markdown, pipeline);
            var typeset = FrenchTypographyTests.Typeset(markdown);
            return CodeAndAttributes().Matches(plain).Select(m => m.Value).SequenceEqual(CodeAndAttributes().Matches(typeset).Select(m => m.Value));
        }, iter: 2000);
}
