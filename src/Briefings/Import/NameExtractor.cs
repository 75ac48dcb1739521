namespace Briefings.Import;

/// <summary>
/// Proper names a glossary may want: runs of two to four capitalised words (<c>Alexandre Loukachenko</c>,
/// <c>Joe Biden</c>) that come after a title (<c>le président américain</c>, <c>Prime Minister</c>) or are mentioned
/// again (whole or by their last word), and a single capitalised word right after a title. Conservative on purpose:
/// countries in a list and a sentence's first word are not names by themselves, and nothing is inferred.
/// </summary>
public static class NameExtractor
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "président", "présidente", "ministre", "chancelier", "chancelière", "général", "générale", "secrétaire", "porte-parole", "dirigeant",
        "dirigeante", "roi", "reine", "pape", "maire", "député", "députée", "sénateur", "sénatrice", "ambassadeur", "ambassadrice", "commissaire",
        "president", "minister", "chancellor", "general", "secretary", "spokesman", "spokeswoman", "spokesperson", "leader", "senator", "governor",
        "king", "queen", "pope", "mayor", "ambassador", "commissioner", "mr", "mrs", "ms", "dr", "m", "mme",
    };

    /// <summary>Capitalised words that are not names: months and weekdays (English capitalises them), pronouns at a clause's start.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "he", "she", "we", "they", "it", "il", "elle", "on",
        "nous", "ils", "elles", "le", "la", "les", "the", "a", "an", "un", "une",
    };

    /// <summary>Whether a word is a title that comes before a name (<c>General</c>, <c>président</c>), not part of it.</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    public static IReadOnlyList<NameSuggestion> Extract(ArticleText article, GlossaryIndex glossary, IEnumerable<string> exclude)
    {
        var excluded = new HashSet<string>(exclude.Select(Words.Key), StringComparer.Ordinal);
        var runs = new List<(string Name, Sentence Sentence, int Start, string? Title)>();
        var midSentence = new Dictionary<string, int>(StringComparer.Ordinal); // capitalised words inside sentences, by key
        foreach (var sentence in article.Sentences)
        {
            var words = Words.Read(sentence.Text);
            for (var i = 1; i < words.Count; i++)
            {
                if (IsNameWord(words[i].Text)) midSentence[Words.Key(words[i].Text)] = midSentence.GetValueOrDefault(Words.Key(words[i].Text)) + 1;
            }
            var i2 = 0;
            while (i2 < words.Count)
            {
                if (!IsNameWord(words[i2].Text))
                {
                    i2++;
                    continue;
                }
                var start = i2;
                var end = i2 + 1;
                while (end < words.Count && end - start < 4 && words[end].JoinedToPrevious && IsNameWord(words[end].Text)) end++;
                i2 = end;
                if (start == 0) start = 1; // the sentence's first word is capitalised anyway
                if (end <= start) continue;
                // "Secretary of State Antony Blinken", "ministre de l’Intérieur Gérald Darmanin": the run's first word ends the title.
                if (start >= 2 && words[start].JoinedToPrevious && words[start - 1].Text.ToLowerInvariant() is "of" or "de" or "du" or "des" or "for"
                    && Titles.Contains(words[start - 2].Text) && end - start >= 2)
                {
                    start++;
                }
                var title = TitleBefore(words, start);
                if (end - start < 2 && title is null) continue;
                var name = sentence.Text[words[start].Start..(words[end - 1].Start + words[end - 1].Text.Length)];
                runs.Add((name, sentence, words[start].Start, title));
            }
        }

        var counts = runs.GroupBy(r => Words.Key(r.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var suggestions = new List<NameSuggestion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, sentence, start, title) in runs)
        {
            var key = Words.Key(name);
            if (excluded.Contains(key) || !seen.Add(key)) continue;
            var mentions = counts[key];
            var lastWord = key.Split(' ')[^1];
            var again = name.Contains(' ', StringComparison.Ordinal) ? midSentence.GetValueOrDefault(lastWord) : mentions;
            string why;
            if (title is not null) why = $"after a title (\"{title}\")";
            else if (mentions > 1 || again > 1) why = $"mentioned {Math.Max(mentions, again)} times";
            else continue;
            suggestions.Add(new NameSuggestion(name, why, sentence.Line, Excerpt.Around(sentence.Text, start, name.Length), glossary.Find(name)));
        }
        return suggestions;
    }

    private static bool IsNameWord(string word) =>
        word.Length > 1 && Words.IsCapitalised(word) && !Words.IsAllCaps(word) && word.All(c => char.IsLetter(c) || c is '-' or '’' or '\'')
        && !NotNames.Contains(word) && !Titles.Contains(word) && !Words.Function.Contains(word);

    /// <summary>The title before a name, looking back over at most two adjectives (<c>le président américain</c>).</summary>
    private static string? TitleBefore(List<Word> words, int start)
    {
        for (var back = 1; back <= 3 && start - back >= 0; back++)
        {
            var word = words[start - back];
            if (!words[start - back + 1].JoinedToPrevious) return null;
            if (Titles.Contains(word.Text)) return string.Join(' ', words.Skip(start - back).Take(back).Select(w => w.Text));
            if (Words.IsCapitalised(word.Text) && back > 1) return null;
        }
        return null;
    }
}
