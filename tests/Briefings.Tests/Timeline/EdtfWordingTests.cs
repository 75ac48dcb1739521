using Briefings.Timeline;
using Briefings.Timeline.Edtf;
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
    public void French(string text, string expected) =>
        Assert.Equal(expected, EdtfWording.Format(Edtf.EdtfValueOrderTests.Parse(text), "fr"));

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
    [InlineData("2002~", "around 2002")]
    [InlineData("2022-02-13?", "13 February 2022 (uncertain)")]
    [InlineData("2002%", "around 2002 (uncertain)")]
    [InlineData("2022-04/..", "since April 2022")]
    [InlineData("2022-04-03/..", "since 3 April 2022")]
    [InlineData("../2002", "until 2002")]
    [InlineData("../2022-04-03", "until 3 April 2022")]
    [InlineData("1992~/2002", "from around 1992 to 2002")]
    [InlineData("1992?/2002", "1992–2002 (start uncertain)")]
    [InlineData("1992/2002?", "1992–2002 (end uncertain)")]
    [InlineData("1992?/2002?", "1992–2002 (uncertain)")]
    public void English(string text, string expected) =>
        Assert.Equal(expected, EdtfWording.Format(Edtf.EdtfValueOrderTests.Parse(text), "en"));

    [Theory]
    [InlineData("fr-CA", "du 1er au 3 avril 2022")]
    [InlineData("FR", "du 1er au 3 avril 2022")]
    [InlineData("en-GB", "1–3 April 2022")]
    [InlineData("de", "1–3 April 2022")]
    [InlineData("zh-Hant", "1–3 April 2022")]
    public void Regional_tags_use_their_language_and_others_fall_back_to_English(string language, string expected) =>
        Assert.Equal(expected, EdtfWording.Format(Edtf.EdtfValueOrderTests.Parse("2022-04-01/2022-04-03"), language));

    [Theory]
    [InlineData("2022", "2022")]
    [InlineData("2022-04", "2022-04")]
    [InlineData("2022-04-01", "2022-04-01")]
    [InlineData("2022-04-01%", "2022-04-01")]
    [InlineData("0005~", "0005")]
    [InlineData("Y170000002", "170000002")]
    [InlineData("1985-04-12T23:20:30-04", "1985-04-12T23:20:30-04:00")]
    [InlineData("1985-04-12T23:20:30Z", "1985-04-12T23:20:30Z")]
    public void Machine_readable_keeps_the_known_precision(string text, string expected) =>
        Assert.Equal(expected, EdtfWording.MachineReadable((EdtfCalendarDate)Edtf.EdtfValueOrderTests.Parse(text)));

    [Theory]
    [InlineData("2022-21")]
    [InlineData("201X")]
    [InlineData("2022-04-XX")]
    [InlineData("1950S2")]
    [InlineData("0000")]
    [InlineData("-0043-03-15")]
    public void Html_has_no_time_value_for_seasons_unspecified_digits_or_years_before_1(string text) =>
        Assert.Null(EdtfWording.MachineReadable((EdtfCalendarDate)Edtf.EdtfValueOrderTests.Parse(text)));

    /// <summary>Every form of all three levels, as a careful editor writes it.</summary>
    [Theory]
    [InlineData("XXXX-04", "avril, année inconnue", "April, year unknown")]
    [InlineData("XXXX-04-01", "1er avril, année inconnue", "1 April, year unknown")]
    [InlineData("2022-21", "printemps 2022", "spring 2022")]
    [InlineData("2022-24", "hiver 2022", "winter 2022")]
    [InlineData("2001-34", "deuxième trimestre 2001", "the second quarter of 2001")]
    [InlineData("2001-29", "printemps (hémisphère sud) 2001", "spring (southern hemisphere) 2001")]
    [InlineData("2004-06-~11", "vers le 11 juin 2004", "around 11 June 2004")]
    [InlineData("[1667,1668,1670..1672]", "1667, 1668 ou de 1670 à 1672", "1667, 1668 or 1670 to 1672")]
    [InlineData("{1960,1961-12}", "1960 et décembre 1961", "1960 and December 1961")]
    [InlineData("[..1760-12-03]", "3 décembre 1760 ou avant", "3 December 1760 or earlier")]
    [InlineData("[1760-12..]", "décembre 1760 ou après", "December 1760 or later")]
    [InlineData("2019/", "depuis 2019 (fin inconnue)", "since 2019 (end unknown)")]
    [InlineData("/1985", "jusqu’en 1985 (début inconnu)", "until 1985 (start unknown)")]
    [InlineData("-0043", "44 av. J.-C.", "44 BC")]
    [InlineData("-0043-03-15", "15 mars 44 av. J.-C.", "15 March 44 BC")]
    [InlineData("0000", "1 av. J.-C.", "1 BC")]
    [InlineData("Y170000002", "170\u202F000\u202F002", "170,000,002")]
    [InlineData("Y-17E7", "170\u202F000\u202F001 av. J.-C.", "170,000,001 BC")]
    [InlineData("1950S2", "entre 1900 et 1999 (estimation : 1950)", "between 1900 and 1999 (estimated 1950)")]
    [InlineData("201X", "les années 2010", "the 2010s")]
    [InlineData("19XX", "entre 1900 et 1999", "between 1900 and 1999")]
    [InlineData("XXXX", "année inconnue", "year unknown")]
    [InlineData("156X-12-25", "25 décembre, dans les années 1560", "25 December, in the 1560s")]
    [InlineData("XXXX-12-XX", "un jour de décembre, année inconnue", "a day in December, year unknown")]
    [InlineData("2004-XX", "un mois de 2004", "a month in 2004")]
    [InlineData("1985-04-XX", "un jour d’avril 1985", "a day in April 1985")]
    [InlineData("1984-1X", "octobre, novembre ou décembre 1984", "October, November or December 1984")]
    [InlineData("2004?-06-11", "11 juin 2004 (année incertaine)", "11 June 2004 (year uncertain)")]
    [InlineData("2004-?06-?11", "11 juin 2004 (mois et jour incertains)", "11 June 2004 (month and day uncertain)")]
    [InlineData("2022-21/2023-23", "du printemps 2022 à l’automne 2023", "from spring 2022 to autumn 2023")]
    [InlineData("2022-22/..", "depuis l’été 2022", "since summer 2022")]
    [InlineData("../2022-21", "jusqu’au printemps 2022", "until spring 2022")]
    [InlineData("201X/2022", "des années 2010 à 2022", "from the 2010s to 2022")]
    [InlineData("1985-04-12T23:20:30-04", "12 avril 1985 à 23 h 20 min 30 s UTC\u221204:00", "12 April 1985, 23:20:30 UTC\u221204:00")]
    public void Every_form_reads_naturally_in_both_languages(string text, string french, string english)
    {
        var date = Edtf.EdtfValueOrderTests.Parse(text);
        Assert.Equal((french, english), (EdtfWording.Format(date, "fr"), EdtfWording.Format(date, "en")));
    }
}
