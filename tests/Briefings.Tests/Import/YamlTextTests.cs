using Briefings.Import;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Tests.Import;

/// <summary>The sidecar's titles, sources and quotations: every text reads back as written (an emoji in a title had
/// come back as two replacement characters).</summary>
public sealed class YamlTextTests
{
    [Theory]
    [InlineData("🇺🇦 Kyiv sous les frappes", "\"🇺🇦 Kyiv sous les frappes\"")]
    [InlineData("Diplomatie : l’autre bataille russe", "\"Diplomatie : l’autre bataille russe\"")]
    [InlineData("say \"no\" \\ yes", "\"say \\\"no\\\" \\\\ yes\"")]
    [InlineData("line\nbreak\ttab", "\"line\\nbreak\\ttab\"")]
    public void A_text_is_quoted_with_only_the_escapes_yaml_needs(string text, string expected) => Assert.Equal(expected, YamlText.Quote(text));

    [Theory]
    [InlineData("🇺🇦 Kyiv")]
    [InlineData("#1: - yes")]
    [InlineData("a\u0085b\u2028c\uFEFF")]
    [InlineData("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀")]
    public void A_quoted_text_reads_back_as_it_was(string text) => Assert.Equal(text, ReadBack(YamlText.Quote(text)));

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character() => Assert.Equal("a\uFFFDb", ReadBack(YamlText.Quote("a\uD83Db")));

    private static string ReadBack(string yaml)
    {
        var parser = new Parser(new StringReader("key: " + yaml + "\n"));
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        parser.Consume<MappingStart>();
        parser.Consume<Scalar>();
        return parser.Consume<Scalar>().Value;
    }
}
