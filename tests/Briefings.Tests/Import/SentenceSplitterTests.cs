using Briefings.Import;

namespace Briefings.Tests.Import;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Une phrase. Une autre.", "Une phrase. | Une autre.")]
    [InlineData("Une ligne sans point\nUne autre ligne", "Une ligne sans point | Une autre ligne")]
    [InlineData("Il a dit : « Je pars. Je reviens. » Puis il est parti.", "Il a dit : « Je pars. Je reviens. » | Puis il est parti.")]
    [InlineData("M. Dupont et J. Smith sont venus. Voir p. 3 du rapport.", "M. Dupont et J. Smith sont venus. | Voir p. 3 du rapport.")]
    [InlineData("Is it true? Yes! It is…", "Is it true? | Yes! | It is…")]
    public void Splits_at_sentence_ends_and_line_ends_but_not_inside_quotations(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", new ArticleText(text).Sentences.Select(s => s.Text)));
}
