using System.Text.RegularExpressions;

namespace Briefings.Import;

/// <summary>
/// The article's quotations and who says them: the sentence around a quotation is read for a speech verb and a name,
/// before it (<c>le président Alexandre Loukachenko a déclaré : « … »</c>, <c>Smith said: “…”</c>,
/// <c>selon X, « … »</c>) or after it (<c>« … », a déclaré X</c>, <c>“…,” said X</c>, <c>“…,” X said</c>). A pronoun is
/// never a person (<c>il a dit</c>): the quotation is then suggested without one.
/// </summary>
public static partial class QuotationExtractor
{
    public const int ShortWords = 4;

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "he", "she", "they", "we", "i", "it", "you", "le", "la", "les", "the", "ce", "cette",
        "this", "that", "selon", "according",
    };

    public static IReadOnlyList<QuotationSuggestion> Extract(ArticleText article)
    {
        var suggestions = new List<QuotationSuggestion>();
        foreach (var quote in article.Quotes)
        {
            if (!quote.Closed) continue;
            var line = article.LineOf(quote.Start);
            if (line == article.IgnoredLine) continue;
            // The comma before a closing quote ("We will win," she said) is the sentence's, not the speaker's.
            var text = article.Text[quote.InnerStart..quote.InnerEnd].Trim().Trim('\u00A0', '\u202F', ' ').TrimEnd(',', ';', ':').TrimEnd();
            var words = Words.Read(text).Count;
            if (words == 0) continue;
            var sentence = article.SentenceAt(quote.Start);
            string? who = null, evidence = null;
            var excerpt = Excerpt.Collapse(text);
            if (sentence is not null)
            {
                var before = sentence.Text[..(quote.Start - sentence.Start)];
                var after = quote.End - sentence.Start <= sentence.Text.Length ? sentence.Text[(quote.End - sentence.Start)..] : "";
                (who, evidence) = Attribute(before, after);
                excerpt = Excerpt.Around(sentence.Text, quote.Start - sentence.Start, Math.Min(quote.End, sentence.End) - quote.Start);
            }
            suggestions.Add(new QuotationSuggestion(text, who, evidence, line, excerpt, words < ShortWords));
        }
        return suggestions;
    }

    /// <summary>The speaker and the words that name them, from the text before and after the quotation in its sentence.</summary>
    public static (string? Who, string? Evidence) Attribute(string before, string after)
    {
        foreach (var match in new[] { SpeakerBefore().Match(before), AccordingToBefore().Match(before), SpeakerAfter().Match(after), NameThenVerbAfter().Match(after), AccordingToAfter().Match(after) })
        {
            if (!match.Success) continue;
            var who = WithoutTitles(match.Groups["who"].Value);
            if (Pronouns.Contains(who.Split(' ')[0])) continue;
            return (who, Excerpt.Collapse(match.Value.Trim(' ', ',', '\u00A0')));
        }
        return (null, null);
    }

    /// <summary>
    /// "General Jens Stoltenberg" after "the Secretary", "UN Secretary-General António Guterres": a capitalised title, and
    /// what comes before it, is no part of the name (two words at least are kept).
    /// </summary>
    private static string WithoutTitles(string who)
    {
        var words = who.Split(' ');
        var first = 0;
        for (var i = 0; i < words.Length - 2; i++)
        {
            if (words[i].Split('-').All(NameExtractor.IsTitle)) first = i + 1;
        }
        return string.Join(' ', words.Skip(first));
    }

    private const string Name = @"(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Mgr)\.?\s+)?(?<who>\p{Lu}[\p{L}’'\-]+(?:\s+(?:(?:de|van|von|al|bin|da|di|du|le)\s+)?\p{Lu}[\p{L}’'\-]+){0,3})";
    private const string Title = @"(?:(?i:le|la|l’|l'|the)\s*)?(?:(?i:président|présidente|ministre|premier\s+ministre|chancelier|chancelière|général|secrétaire\s+général|porte-parole|dirigeant|dirigeante|maire|ambassadeur|president|prime\s+minister|minister|chancellor|general|secretary[\s-]+general|secretary|spokesman|spokeswoman|spokesperson|leader|mayor|ambassador|senator|governor)(?:\s+\p{Ll}[\p{L}\-]*){0,2}\s+)?";
    private const string VerbsPast = @"déclaré|affirmé|dit|ajouté|expliqué|estimé|annoncé|souligné|assuré|lancé|martelé|répondu|prévenu|averti|indiqué|confié|écrit|tweeté|rappelé|insisté|reconnu|promis|précisé|jugé|dénoncé";
    private const string VerbsPresent = @"déclare|affirme|dit|ajoute|explique|estime|annonce|souligne|assure|lance|martèle|répond|prévient|avertit|indique|confie|écrit|rappelle|insiste|reconnaît|précise|juge|dénonce";
    private const string VerbsEnglish = @"said|says|told\s+\w+|tells\s+\w+|added|adds|warned|warns|stated|states|declared|wrote|writes|explained|argued|argues|insisted|noted|notes|replied|tweeted|announced|recalled|claimed|claims";

    [GeneratedRegex(Title + Name + @"\s+(?:(?i:a|avait|aurait|has|had)\s+)?(?i:" + VerbsPast + "|" + VerbsPresent + "|" + VerbsEnglish + @")(?:\s+\p{Ll}[\p{L}’'\-]*){0,4}\s*[:,]?\s*$")]
    private static partial Regex SpeakerBefore();

    [GeneratedRegex(@"(?i:selon|according\s+to)\s+" + Title + Name + @"\s*[:,]?\s*$")]
    private static partial Regex AccordingToBefore();

    [GeneratedRegex(@"^\s*[,.]?\s*(?:(?i:a|avait|a-t-il|has)\s+)?(?i:" + VerbsPast + "|" + VerbsPresent + "|" + VerbsEnglish + @")(?:-t-(?:il|elle))?\s+" + Title + Name)]
    private static partial Regex SpeakerAfter();

    [GeneratedRegex(@"^\s*[,.]?\s*" + Title + Name + @"\s+(?:(?i:a|has)\s+)?(?i:" + VerbsPast + "|" + VerbsEnglish + @")(?![\p{L}])")]
    private static partial Regex NameThenVerbAfter();

    [GeneratedRegex(@"^\s*[,.]?\s*(?i:selon|according\s+to)\s+" + Title + Name)]
    private static partial Regex AccordingToAfter();
}
