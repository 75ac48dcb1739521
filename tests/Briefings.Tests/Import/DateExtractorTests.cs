using System.Globalization;
using Briefings.Import;
using Briefings.Timeline.Edtf;

namespace Briefings.Tests.Import;

/// <summary>Dates in French and English prose, each row what an editor would be offered (or nothing), with and without the article's date.</summary>
public sealed class DateExtractorTests
{
    private static string Suggested(string text, string language, string? reference)
    {
        DateOnly? r = reference is null ? null : DateOnly.ParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var found = DateExtractor.Extract(new ArticleText(text), language, r).Where(d => d.Edtf is not null);
        return string.Join("; ", found.Select(d => $"{d.Phrase} = {d.Edtf}"));
    }

    [Theory]
    // French, without the article's date: an unwritten year stays unknown.
    [InlineData("Une attaque a visé Belgorod le 1er avril, selon Moscou.", null, "le 1er avril = XXXX-04-01")]
    [InlineData("Le 13 février dernier, le président a parlé.", null, "Le 13 février dernier = XXXX-02-13")]
    [InlineData("Le traité a été signé en 2002.", null, "en 2002 = 2002")]
    [InlineData("La Crimée a été annexée en mars 2014.", null, "en mars 2014 = 2014-03")]
    [InlineData("Fin juin 2012, le sommet s’est tenu.", null, "Fin juin 2012 = 2012-06~")]
    [InlineData("La question reviendra début 2021.", null, "début 2021 = 2021~")]
    [InlineData("Le chantier doit finir mi-2019.", null, "mi-2019 = 2019~")]
    [InlineData("C’était déjà vrai dans les années 1990.", null, "dans les années 1990 = 199X")]
    [InlineData("L’alliance s’étend depuis 2014.", null, "depuis 2014 = 2014/..")]
    [InlineData("Entre 2002 et 2004, sept pays ont adhéré.", null, "Entre 2002 et 2004 = 2002/2004")]
    [InlineData("L’invasion a commencé le 24 février 2022.", null, "le 24 février 2022 = 2022-02-24")]
    [InlineData("Les combats reprendront au printemps 2023.", null, "au printemps 2023 = 2023-21")]
    // French, resolved against the article's date (2023-04-20).
    [InlineData("Le 13 février dernier, le président a parlé.", "2023-04-20", "Le 13 février dernier = 2023-02-13")]
    [InlineData("Le 25 avril dernier, il a parlé.", "2023-04-20", "Le 25 avril dernier = 2022-04-25")]
    [InlineData("Il viendra le 3 mars prochain.", "2023-04-20", "le 3 mars prochain = 2024-03-03")]
    [InlineData("Une attaque a visé Belgorod le 1er avril.", "2023-04-20", "le 1er avril = 2023-04-01")]
    [InlineData("Le vote aura lieu le 28 décembre.", "2023-01-05", "le 28 décembre = 2022-12-28")]
    [InlineData("Le ministre a parlé mardi dernier.", "2023-04-20", "mardi dernier = 2023-04-18")]
    [InlineData("Il reviendra le mois prochain.", "2023-04-20", "le mois prochain = 2023-05")]
    // French: nothing to suggest.
    [InlineData("Selon l’article 4 du traité, une agression contre l’un est une agression contre tous.", null, "")]
    [InlineData("Le bilan dépasse 2002 morts dans la région.", null, "")]
    [InlineData("Le convoi a parcouru 1500 km en 2002 heures.", null, "")]
    [InlineData("Le rapport compte 2014 pages.", null, "")]
    [InlineData("Une hausse le 31 février n’existe pas.", null, "")]
    [InlineData("Il a déclaré : « Nous partirons le 3 mai, demain peut-être ».", null, "")]
    [InlineData("Le ministre a parlé mardi dernier.", null, "")]
    [InlineData("Il reviendra le mois prochain.", null, "")]
    [InlineData("Les années passent et 90 % des habitants restent.", null, "")]
    public void French(string text, string? reference, string expected) => Assert.Equal(expected, Suggested(text, "fr", reference));

    [Theory]
    [InlineData("Leaders met in Vilnius on 3 March.", null, "on 3 March = XXXX-03-03")]
    [InlineData("Ministers last met on March 3, 2022.", null, "on March 3, 2022 = 2022-03-03")]
    [InlineData("The treaty was signed in 2002.", null, "in 2002 = 2002")]
    [InlineData("The troops arrived in early 2021.", null, "in early 2021 = 2021~")]
    [InlineData("It began in late June 2012.", null, "in late June 2012 = 2012-06~")]
    [InlineData("The talks began in the 1990s.", null, "in the 1990s = 199X")]
    [InlineData("The alliance has grown since 2014.", null, "since 2014 = 2014/..")]
    [InlineData("Between 2002 and 2004, seven countries joined.", null, "Between 2002 and 2004 = 2002/2004")]
    [InlineData("The troops left in March 2014.", null, "in March 2014 = 2014-03")]
    [InlineData("The ministers met last Tuesday.", "2023-07-12", "last Tuesday = 2023-07-11")]
    [InlineData("More troops will follow next month.", "2023-07-12", "next month = 2023-08")]
    [InlineData("They meet again on 11 July.", "2023-07-12", "on 11 July = 2023-07-11")]
    [InlineData("The report was due on 3 January.", "2023-12-30", "on 3 January = 2024-01-03")]
    // English: nothing to suggest.
    [InlineData("The ministers met last Tuesday.", null, "")]
    [InlineData("More troops will follow next month.", null, "")]
    [InlineData("Britain sent 1,500 troops and recorded 2002 deaths.", null, "")]
    [InlineData("Article 5 of the treaty applies; see page 12.", null, "")]
    [InlineData("We may march on 3 fronts.", null, "")]
    [InlineData("The bill fell on 30 February.", null, "")]
    [InlineData("She said: “We will be back on 3 March, tomorrow even.”", null, "")]
    public void English(string text, string? reference, string expected) => Assert.Equal(expected, Suggested(text, "en", reference));

    [Fact]
    public void A_date_only_the_articles_date_can_place_says_so_when_it_is_missing()
    {
        var date = Assert.Single(DateExtractor.Extract(new ArticleText("The ministers met last Tuesday."), "en", null));
        Assert.Null(date.Edtf);
        Assert.Contains("--date", date.Note);
    }

    [Theory]
    [InlineData("XXXX-04-01")]
    [InlineData("XXXX-02-29")]
    [InlineData("2012-06~")]
    [InlineData("2021~")]
    [InlineData("199X")]
    [InlineData("2014/..")]
    [InlineData("../2014")]
    [InlineData("2002/2004")]
    [InlineData("2023-21")]
    public void Every_shape_it_writes_is_EDTF_to_the_projects_parser(string edtf) => Assert.True(EdtfSyntax.TryParse(edtf, out _, out var error), error);

    [Fact]
    public void Each_date_keeps_its_line_and_sentence()
    {
        var date = Assert.Single(DateExtractor.Extract(new ArticleText("Première ligne sans date\nLe traité a été signé en 2002 à Moscou"), "fr", null));
        Assert.Equal(2, date.Line);
        Assert.Equal("Le traité a été signé en 2002 à Moscou", date.Excerpt);
    }
}
