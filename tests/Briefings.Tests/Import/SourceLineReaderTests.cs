using Briefings.Import;

namespace Briefings.Tests.Import;

public sealed class SourceLineReaderTests
{
    [Theory]
    [InlineData("Texte.\nLa suite ici : Diplomatie : l’autre bataille russe | Le Grand Continent", "Diplomatie : l’autre bataille russe", "Le Grand Continent", 2)]
    [InlineData("Texte.\nLire la suite : Taux : la BCE ne lâche rien | Les Échos\n\n", "Taux : la BCE ne lâche rien", "Les Échos", 2)]
    [InlineData("Texte.\nSource\u00A0: Le Monde", null, "Le Monde", 2)]
    [InlineData("Texte.\nSource : Le Monde | Paris", "Le Monde", "Paris", 2)]
    [InlineData("Text.\nRead more: At Vilnius, NATO keeps its door ajar | The Baltic Times", "At Vilnius, NATO keeps its door ajar", "The Baltic Times", 2)]
    [InlineData("Text.\r\nContinue reading… Why | matters | The Economist", "Why | matters", "The Economist", 2)]
    [InlineData("Text.\nread more at: The Guardian", null, "The Guardian", 2)]
    [InlineData("Text.\nContinue reading: The long road back", "The long road back", null, 2)]
    public void Reads_title_and_source_from_the_last_line(string text, string? title, string? source, int line)
    {
        var read = SourceLineReader.Read(text);
        Assert.NotNull(read);
        Assert.Equal((title, source, line), (read.Title, read.Source, read.Line));
    }

    [Theory]
    [InlineData("Le président a parlé. Source de tensions, dit-il.")]
    [InlineData("La suite ici : | ")]
    [InlineData("Source : Le Monde\nEt une dernière ligne sans lien.")]
    [InlineData("")]
    [InlineData("Read more about it in our archive")]
    public void Finds_nothing_where_the_last_line_names_nothing(string text) => Assert.Null(SourceLineReader.Read(text));
}
