using System.Text.RegularExpressions;

namespace Briefings.Import;

/// <summary>
/// The date phrases of each language, a closed list (see docs/research/authoring.md, section 3). Named groups tell
/// <see cref="DateExtractor"/> what was read: <c>day</c>, <c>month</c>, <c>year</c>, <c>rel</c> (last/next), <c>wd</c>
/// (a weekday), <c>unit</c> (month/year), <c>season</c>, <c>qual</c> (early/late/mid), <c>prep</c> (in/since/until),
/// <c>y1</c>/<c>y2</c> (a span of years), <c>decade</c>. A year is four digits from 1000 to 2099 not followed by a unit
/// (<c>2002 morts</c>, <c>1500 km</c>) nor part of a larger number.
/// </summary>
internal static partial class DatePatterns
{
    private const string B = @"(?<![\p{L}\d])";
    private const string E = @"(?![\p{L}\d])";
    private const string Units = @"%|‰|€|\$|£|euros?|dollars?|morts?|tués|blessés|victimes|personnes|habitants|soldats|hommes|km|kilomètres|kg|tonnes|mètres|voix|exemplaires|pages?|heures|jours|people|hours|days|deaths|dead|killed|wounded|troops|soldiers|men|miles|votes|copies|tons";
    private const string Year = @"(?<year>1\d{3}|20\d{2})(?![\d\p{L}])(?![.,]\d)(?!\s*(?:" + Units + @")(?![\p{L}]))";
    private const string Y1 = @"(?<y1>1\d{3}|20\d{2})(?![\d\p{L}])";
    private const string Y2 = @"(?<y2>1\d{3}|20\d{2})(?![\d\p{L}])(?![.,]\d)(?!\s*(?:" + Units + @")(?![\p{L}]))";
    private const string Day = @"(?<day>1er|1ᵉʳ|[12]\d|3[01]|0?[1-9])";
    private const string FrMonth = "(?<month>" + DateWords.FrenchMonths + ")";
    private const string EnMonth = "(?<month>" + DateWords.EnglishMonths + ")";
    private const string EnDay = @"(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d\p{L}])";

    private static readonly Regex[] French = [FrDayMonth(), FrWeekday(), FrRelative(), FrSeason(), FrQualified(), FrMonthYear(), FrRange(), FrYear(), FrDecade()];
    private static readonly Regex[] English = [EnDayMonth(), EnMonthDay(), EnWeekday(), EnRelative(), EnSeason(), EnQualified(), EnMonthYear(), EnRange(), EnYear(), EnDecade()];

    public static IReadOnlyList<Regex> For(string language) => language == "fr" ? French : English;

    [GeneratedRegex(B + @"(?:(?:le|du|au|ce|depuis le)\s+)?(?:(?<wd>" + DateWords.FrenchWeekdays + @")\s+)?" + Day + @"\s+" + FrMonth + @"(?:\s+" + Year + @")?(?:\s+(?<rel>dernier|prochain))?" + E, RegexOptions.IgnoreCase)]
    private static partial Regex FrDayMonth();

    [GeneratedRegex(B + @"(?:(?:le|ce)\s+)?(?<wd>" + DateWords.FrenchWeekdays + @")\s+(?<rel>dernier|prochain)" + E, RegexOptions.IgnoreCase)]
    private static partial Regex FrWeekday();

    [GeneratedRegex(B + @"(?:le\s+(?<unit>mois)\s+(?<rel>dernier|prochain)|l['’](?<unit>an)\s+(?<rel>dernier|prochain)|l['’](?<unit>année)\s+(?<rel>dernière|prochaine))" + E, RegexOptions.IgnoreCase)]
    private static partial Regex FrRelative();

    [GeneratedRegex(B + @"(?:au|à\s+l['’]|l['’]|en|cet|de\s+l['’])\s*(?<season>printemps|été|automne|hiver)\s+(?:de\s+)?" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex FrSeason();

    [GeneratedRegex(B + @"(?:(?:à\s+la|au)\s+)?(?:(?<qual>fin|début|debut|courant)\s+(?:(?:d['’]|de\s+)?" + FrMonth + @"\s+)?" + Year + @"|(?<qual>mi)-\s*(?:" + FrMonth + @"\s+)?" + Year + ")", RegexOptions.IgnoreCase)]
    private static partial Regex FrQualified();

    [GeneratedRegex(B + @"(?:(?:en|d['’]|de)\s*)?" + FrMonth + @"\s+" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex FrMonthYear();

    [GeneratedRegex(B + @"(?:entre\s+" + Y1 + @"\s+et|de\s+" + Y1 + @"\s+à)\s+" + Y2, RegexOptions.IgnoreCase)]
    private static partial Regex FrRange();

    [GeneratedRegex(B + @"(?<prep>en|depuis|dès|jusqu['’]en)\s+" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex FrYear();

    [GeneratedRegex(B + @"(?:dans\s+)?(?:les|des)\s+années\s+(?<decade>1\d{2}0|20\d0)" + E, RegexOptions.IgnoreCase)]
    private static partial Regex FrDecade();

    [GeneratedRegex(B + @"(?:(?:on|the)\s+)?" + EnDay + @"\s+(?:of\s+)?" + EnMonth + @"(?:,?\s+" + Year + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex EnDayMonth();

    [GeneratedRegex(B + @"(?:on\s+)?" + EnMonth + @"\s+" + EnDay + @"(?:,?\s+" + Year + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex EnMonthDay();

    [GeneratedRegex(B + @"(?<rel>last|next|this\s+past|this\s+coming)\s+(?<wd>" + DateWords.EnglishWeekdays + ")" + E, RegexOptions.IgnoreCase)]
    private static partial Regex EnWeekday();

    [GeneratedRegex(B + @"(?<rel>last|next)\s+(?<unit>month|year)" + E, RegexOptions.IgnoreCase)]
    private static partial Regex EnRelative();

    [GeneratedRegex(B + @"(?:(?:in|during|by)\s+(?:the\s+)?|the\s+)(?<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex EnSeason();

    [GeneratedRegex(B + @"(?:in\s+)?(?<qual>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)(?:-|\s+)(?:" + EnMonth + @"\s+)?" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex EnQualified();

    [GeneratedRegex(B + @"(?:in\s+)?" + EnMonth + @"\s+(?:of\s+)?" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex EnMonthYear();

    [GeneratedRegex(B + @"(?:between\s+" + Y1 + @"\s+and|from\s+" + Y1 + @"\s+(?:to|until))\s+" + Y2, RegexOptions.IgnoreCase)]
    private static partial Regex EnRange();

    [GeneratedRegex(B + @"(?<prep>in|since|until)\s+" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex EnYear();

    [GeneratedRegex(B + @"(?:(?:in\s+)?the\s+)?(?<decade>1\d{2}0|20\d0)['’]?s" + E, RegexOptions.IgnoreCase)]
    private static partial Regex EnDecade();
}
