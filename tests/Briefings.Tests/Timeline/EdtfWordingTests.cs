using Briefings.Timeline;
using Xunit;

namespace Briefings.Tests.Timeline;

public sealed class EdtfWordingTests
{
    [Theory]
    [InlineData("2022-04-01", "1er avril 2022")]
    [InlineData("2022-04-03", "3 avril 2022")]
    [InlineData("2022-04", "avril 2022")]
    [InlineData("2022", "2022")]
    [InlineData("2022-04-01/2022-04-03", "du 1er au 3 avril 2022")]
    [InlineData("2022-02-28/2022-03-03", "du 28 février au 3 mars 2022")]
    [InlineData("2021-12-30/2022-01-02", "du 30 décembre 2021 au 2 janvier 2022")]
    [InlineData("2022-04/2022-05", "d’avril à mai 2022")]
    [InlineData("2022-08/2022-09", "d’août à septembre 2022")]
    [InlineData("2022-10/2022-11", "d’octobre à novembre 2022")]
    [InlineData("2022-03/2022-04", "de mars à avril 2022")]
    [InlineData("2021-12/2022-01", "de décembre 2021 à janvier 2022")]
    [InlineData("1992/2002", "de 1992 à 2002")]
    [InlineData("2022-04-10/2022-05", "du 10 avril 2022 à mai 2022")]
    [InlineData("2022-04/2022-05-03", "d’avril 2022 au 3 mai 2022")]
    [InlineData("2002~", "vers 2002")]
    [InlineData("2022-04~", "vers avril 2022")]
    [InlineData("2022-02-13~", "vers le 13 février 2022")]
    [InlineData("2022-02-13?", "13 février 2022 (date incertaine)")]
    [InlineData("2002%", "vers 2002 (date incertaine)")]
    [InlineData("2022-04/..", "depuis avril 2022")]
    [InlineData("2022/..", "depuis 2022")]
    [InlineData("2022-04-03/..", "depuis le 3 avril 2022")]
    [InlineData("../2002", "jusqu’en 2002")]
    [InlineData("../2022-04", "jusqu’en avril 2022")]
    [InlineData("../2022-04-03", "jusqu’au 3 avril 2022")]
    [InlineData("1992~/2002", "de 1992 environ à 2002")]
    [InlineData("2022-04-01~/2022-04-03", "du 1er avril 2022 environ au 3 avril 2022")]
    [InlineData("1992?/2002", "de 1992 à 2002 (début incertain)")]
    [InlineData("1992/2002?", "de 1992 à 2002 (fin incertaine)")]
    [InlineData("1992?/2002?", "de 1992 à 2002 (dates incertaines)")]
    [InlineData("2022?/..", "depuis 2022 (date incertaine)")]
    [InlineData("../2002~", "jusqu’en 2002 environ")]
    [InlineData("2022-04-01/2022-04-01", "1er avril 2022")]
    public void French(string text, string expected) =>
        Assert.Equal(expected, EdtfWording.Format(EdtfParserTests.Parse(text), "fr"));

    [Theory]
    [InlineData("2022-04-01", "1 April 2022")]
    [InlineData("2022-04", "April 2022")]
    [InlineData("2022", "2022")]
    [InlineData("2022-04-01/2022-04-03", "1–3 April 2022")]
    [InlineData("2022-02-28/2022-03-03", "28 February – 3 March 2022")]
    [InlineData("2021-12-30/2022-01-02", "30 December 2021 – 2 January 2022")]
    [InlineData("2022-04/2022-05", "April–May 2022")]
    [InlineData("2021-12/2022-01", "December 2021 – January 2022")]
    [InlineData("1992/2002", "1992–2002")]
    [InlineData("2002~", "c. 2002")]
    [InlineData("2022-02-13?", "13 February 2022 (uncertain)")]
    [InlineData("2002%", "c. 2002 (uncertain)")]
    [InlineData("2022-04/..", "since April 2022")]
    [InlineData("2022-04-03/..", "since 3 April 2022")]
    [InlineData("../2002", "until 2002")]
    [InlineData("../2022-04-03", "until 3 April 2022")]
    [InlineData("1992~/2002", "c. 1992 – 2002")]
    [InlineData("1992?/2002", "1992–2002 (start uncertain)")]
    [InlineData("1992/2002?", "1992–2002 (end uncertain)")]
    [InlineData("1992?/2002?", "1992–2002 (uncertain)")]
    [InlineData("2022-04-01/2022-04-01", "1 April 2022")]
    public void English(string text, string expected) =>
        Assert.Equal(expected, EdtfWording.Format(EdtfParserTests.Parse(text), "en"));

    [Theory]
    [InlineData("fr-CA", "du 1er au 3 avril 2022")]
    [InlineData("FR", "du 1er au 3 avril 2022")]
    [InlineData("en-GB", "1–3 April 2022")]
    [InlineData("de", "1–3 April 2022")]
    [InlineData("zh-Hant", "1–3 April 2022")]
    public void Regional_tags_use_their_language_and_others_fall_back_to_English(string language, string expected) =>
        Assert.Equal(expected, EdtfWording.Format(EdtfParserTests.Parse("2022-04-01/2022-04-03"), language));

    [Theory]
    [InlineData("2022", "2022")]
    [InlineData("2022-04", "2022-04")]
    [InlineData("2022-04-01", "2022-04-01")]
    [InlineData("2022-04-01%", "2022-04-01")]
    [InlineData("0005~", "0005")]
    public void Machine_readable_keeps_the_known_precision(string text, string expected) =>
        Assert.Equal(expected, EdtfWording.MachineReadable(EdtfParserTests.Parse(text).Start!));
}
