using Briefings.Import;

namespace Briefings.Tests.Import;

public sealed class NameExtractorTests
{
    private static string Found(string text) =>
        string.Join("; ", NameExtractor.Extract(new ArticleText(text), GlossaryIndex.Empty, []).Select(n => n.Name));

    [Theory]
    [InlineData("Le 13 février, le président Alexandre Loukachenko a parlé.", "Alexandre Loukachenko")]
    [InlineData("Il invite Poutine et le président américain Joe Biden à Minsk.", "Joe Biden")]
    [InlineData("Selon Jens Stoltenberg, tout va bien. Plus tard, Stoltenberg s’est tu.", "Jens Stoltenberg")]
    [InlineData("Prime Minister Rishi Sunak said it.", "Rishi Sunak")]
    [InlineData("The board's chair, Maria Gonzalez, spoke. Later Maria Gonzalez left.", "Maria Gonzalez")]
    [InlineData("Il a rencontré le président Macron.", "Macron")]
    [InlineData("Secretary of State Antony Blinken visited Kyiv.", "Antony Blinken")]
    [InlineData("Le ministre de l’Intérieur Gérald Darmanin a parlé.", "Gérald Darmanin")]
    public void Finds_titled_and_repeated_names(string text, string expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("Les membres sont le Bélarus, le Kazakhstan, le Kirghizstan et le Tadjikistan.")]
    [InlineData("Depuis Moscou, rien. Entre-temps, Kyiv attend.")]
    [InlineData("They met on Tuesday in March with Finland.")]
    [InlineData("Malgré cette rhétorique, la ville de Belgorod reste calme.")]
    public void Finds_nothing_in_lists_of_places_and_single_mentions(string text) => Assert.Equal("", Found(text));
}
