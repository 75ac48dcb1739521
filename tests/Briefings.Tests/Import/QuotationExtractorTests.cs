using Briefings.Import;

namespace Briefings.Tests.Import;

public sealed class QuotationExtractorTests
{
    private static string Found(string text) => string.Join("; ",
        QuotationExtractor.Extract(new ArticleText(text)).Select(q => $"{q.Text} — {q.Who ?? "?"}{(q.Short ? " (short)" : "")}"));

    [Theory]
    [InlineData("Le 13 février, le président Alexandre Loukachenko a déclaré : « Si quelqu’un pense cela, il se trompe »", "Si quelqu’un pense cela, il se trompe — Alexandre Loukachenko")]
    [InlineData("« Ce n’est pas une question de mois », a estimé Kaja Kallas devant le Parlement.", "Ce n’est pas une question de mois — Kaja Kallas")]
    [InlineData("Selon Jens Stoltenberg, « l’Alliance ne cherche pas la confrontation ».", "l’Alliance ne cherche pas la confrontation — Jens Stoltenberg")]
    [InlineData("« Nous agirons encore si nécessaire », prévient Christine Lagarde.", "Nous agirons encore si nécessaire — Christine Lagarde")]
    [InlineData("Il a dit : « Nous ne céderons jamais rien ».", "Nous ne céderons jamais rien — ?")]
    [InlineData("Selon l’article 4 du traité, « un acte d’agression contre l’un est une agression contre tous ».", "un acte d’agression contre l’un est une agression contre tous — ?")]
    [InlineData("Il se pose en « artisan de la paix ».", "artisan de la paix — ?")]
    [InlineData("Le Bélarus a appelé à une « plus grande unité ».", "plus grande unité — ? (short)")]
    public void French(string text, string expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("Prime Minister Rishi Sunak said: “Ukraine's future is in NATO.”", "Ukraine's future is in NATO. — Rishi Sunak")]
    [InlineData("\"We will not be intimidated,\" said Jens Stoltenberg, the secretary general.", "We will not be intimidated — Jens Stoltenberg")]
    [InlineData("“We will not be intimidated,” Jens Stoltenberg said.", "We will not be intimidated — Jens Stoltenberg")]
    [InlineData("According to Maria Gonzalez, “the schools are ready for the children.”", "the schools are ready for the children. — Maria Gonzalez")]
    [InlineData("\"It is time to bring them back,\" she said.", "It is time to bring them back — ?")]
    [InlineData("\"We are going to support Ukraine for as long as it takes,\" Mr. Biden told reporters.", "We are going to support Ukraine for as long as it takes — Biden")]
    [InlineData("« Nous ne pouvons pas rester les bras croisés », a-t-il lancé, selon un participant.", "Nous ne pouvons pas rester les bras croisés — ?")]
    [InlineData("Teachers asked for \"clear rules\" in March.", "clear rules — ? (short)")]
    [InlineData("Last Tuesday, the Secretary General Jens Stoltenberg said: \"We will not be intimidated by threats.\"", "We will not be intimidated by threats. — Jens Stoltenberg")]
    [InlineData("The UN Secretary-General António Guterres warned: “The world is sleepwalking into danger.”", "The world is sleepwalking into danger. — António Guterres")]
    public void English(string text, string expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("Un pouce vaut 2,54 cm, soit 1\" environ.")]
    [InlineData("Pas de citation ici, seulement des faits.")]
    [InlineData("Un guillemet « ouvert jamais fermé")]
    public void Finds_nothing_without_a_closed_quotation(string text) => Assert.Equal("", Found(text));
}
