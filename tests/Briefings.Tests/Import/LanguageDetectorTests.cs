using Briefings.Import;

namespace Briefings.Tests.Import;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Depuis l’attaque d’un dépôt de carburant dans la ville de Belgorod, il est devenu évident que Moscou ne peut pas compter sur ses alliés.", "fr")]
    [InlineData("L’OTSC, menée par les Russes, reste silencieuse et n’ose pas demander l’aide de ses alliés.", "fr")]
    [InlineData("Leaders of the alliance met in Vilnius, a year after it invited Finland and Sweden to join, and they said that the door is open.", "en")]
    [InlineData("THE MINISTERS SAID THAT THE TALKS WITH THE ALLIES WERE OVER AND THAT IT WAS TIME FOR THE VOTE", "en")]
    [InlineData("The editor quoted « la paix est un combat » from a speech that was given in the Senate by the minister of the interior.", "en")]
    public void Tells_french_from_english(string text, string expected) => Assert.Equal(expected, LanguageDetector.Detect(text).Language);

    [Theory]
    [InlineData("")]
    [InlineData("Belgorod, Koursk, Briansk.")]
    [InlineData("Le chat. The cat.")]
    [InlineData("2022-04-01 12:00 UTC")]
    [InlineData("Guten Tag, wie geht es Ihnen heute?")]
    public void Says_nothing_when_the_text_does_not_say(string text) => Assert.Null(LanguageDetector.Detect(text).Language);
}
