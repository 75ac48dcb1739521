using Briefings.Import;
using Briefings.Model;
using Briefings.Diagnostics;

namespace Briefings.Tests.Import;

public sealed class AcronymExtractorTests
{
    private static string Found(string text, GlossaryIndex? glossary = null) => string.Join("; ",
        AcronymExtractor.Extract(new ArticleText(text), glossary ?? GlossaryIndex.Empty).Select(a => a.Expansion is null ? a.Acronym : $"{a.Acronym} = {a.Expansion}"));

    [Theory]
    // Written together, both ways, in both languages.
    [InlineData("L’Organisation du traité de sécurité collective (OTSC) se tait.", "OTSC = Organisation du traité de sécurité collective")]
    [InlineData("Le sommet de l’Organisation du traité de l’Atlantique nord (OTAN) s’ouvre.", "OTAN = Organisation du traité de l’Atlantique nord")]
    [InlineData("La BCE (Banque centrale européenne) relève ses taux.", "BCE = Banque centrale européenne")]
    [InlineData("Leaders of the North Atlantic Treaty Organization (NATO) met.", "NATO = North Atlantic Treaty Organization")]
    [InlineData("The IMF (International Monetary Fund) lent more.", "IMF = International Monetary Fund")]
    [InlineData("La France insoumise (LFI) a boudé l’invitation.", "LFI = La France insoumise")]
    [InlineData("The Ministry Of Defence (MOD) agreed.", "MOD = Ministry Of Defence")]
    // Apart: paired by initials anywhere in the text.
    [InlineData("Selon le traité de l’Organisation du traité de sécurité collective, tout est clair.\nMais l’OTSC reste silencieuse.", "OTSC = Organisation du traité de sécurité collective")]
    [InlineData("The United Nations was not there, though the UN had been invited.", "UN = United Nations")]
    [InlineData("Pour la Cour pénale internationale, le dossier avance; la CPI enquête.", "CPI = Cour pénale internationale")]
    // No expansion in the text.
    [InlineData("The UN said nothing.", "UN")]
    [InlineData("Schools reopen after the COVID-19 closures.", "COVID-19")]
    [InlineData("L’Ukraine et l’UE discutent.", "UE")]
    public void Finds_acronyms_and_their_expansions(string text, string expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("Au XXe siècle, Louis XIV et Jean-Paul II.")]
    [InlineData("Voir la carte (voir p. 3) et le tableau.")]
    [InlineData("UN TITRE EN CAPITALES\nLe texte suit.")]
    [InlineData("A b c d, I said.")]
    [InlineData("Il a dit « OK » hier.")]
    [InlineData("WASHINGTON — The president spoke on Monday.")]
    [InlineData("PARIS, le 3 mai. Le gouvernement a parlé.")]
    public void Finds_nothing_in_numerals_headings_and_single_letters(string text)
    {
        var found = Found(text);
        Assert.DoesNotContain("XIV", found);
        Assert.DoesNotContain("XX", found);
        Assert.DoesNotContain("TITRE", found);
        Assert.DoesNotContain("(", found);
        if (!text.Contains("OK", StringComparison.Ordinal)) Assert.Equal("", found);
    }

    [Fact]
    public void Two_letters_pair_only_with_two_capitalised_words()
    {
        // "l’Ukraine était" spells U-E, but is not the European Union.
        Assert.Equal("UE", Found("Pour l’UE, l’Ukraine était prioritaire."));
    }

    [Fact]
    public void An_acronym_the_glossary_defines_is_marked_with_its_id_and_aliases()
    {
        var glossary = new GlossaryIndex([Term("otsc", "Organisation du traité de sécurité collective", "OTSC", "CSTO")]);
        var acronym = Assert.Single(AcronymExtractor.Extract(new ArticleText("Depuis, l’OTSC reste silencieuse."), glossary));
        Assert.Equal("otsc", acronym.Known?.Id);
        Assert.Contains("already in the glossary as `otsc`", acronym.Known!.Describe());
        Assert.Contains("CSTO", acronym.Known.Describe());
    }

    internal static GlossaryTerm Term(string id, string term, string? abbr, params string[] aliases)
    {
        var at = SourceLocation.FileStart("content/glossary/g.yml");
        var forms = new List<(string, bool, SourceLocation)> { (term, false, at) };
        if (abbr is not null) forms.Add((abbr, true, at));
        forms.AddRange(aliases.Select(a => (a, false, at)));
        return new GlossaryTerm(id, term, "Définition.", abbr, aliases, null, [], []) { Location = at, Forms = forms };
    }
}
