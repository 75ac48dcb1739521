using System.Text.RegularExpressions;

namespace Briefings.Import;

/// <summary>
/// Acronyms (<c>OTSC</c>, <c>NATO</c>, <c>COVID-19</c>) with their expansion: written together,
/// <c>Phrase (ACR)</c> or <c>ACR (phrase)</c>, or apart anywhere in the text, paired by the initials of the phrase's
/// significant words (for two letters, both capitalised: <c>United Nations</c>, not <c>l’Ukraine était</c>) (<see cref="Words.Function"/> skipped, accents folded, elisions cut: <c>l’Organisation du traité
/// de sécurité collective</c> is O-T-S-C). An implicit pairing is kept only when one phrase matches; a phrase must start
/// inside a sentence, where its capital is its own and not the sentence's. Roman numerals and the capitals of a
/// heading are not acronyms.
/// </summary>
public static partial class AcronymExtractor
{
    public const int MaxLetters = 10;

    public static IReadOnlyList<AcronymSuggestion> Extract(ArticleText article, GlossaryIndex glossary)
    {
        var occurrences = new Dictionary<string, List<(Sentence Sentence, int Start)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var sentence in article.Sentences)
        {
            if (!sentence.Text.Any(char.IsLower)) continue; // a heading in capitals
            foreach (var word in Words.Read(sentence.Text))
            {
                if (!IsAcronym(word.Text)) continue;
                if (!occurrences.TryGetValue(word.Text, out var list))
                {
                    occurrences[word.Text] = list = [];
                    order.Add(word.Text);
                }
                list.Add((sentence, word.Start));
            }
        }

        var suggestions = new List<AcronymSuggestion>();
        foreach (var acronym in order)
        {
            var uses = occurrences[acronym];
            var lines = uses.Select(u => u.Sentence.Line).Distinct().ToList();
            var (first, at) = uses[0];
            var excerpt = Excerpt.Around(first.Text, at, acronym.Length);
            var (expansion, how, expansionLines) = Explicit(article, acronym) ?? Implicit(article, acronym) ?? (null, "the text does not spell it out", []);
            var known = glossary.Find(acronym) ?? (expansion is null ? null : glossary.Find(expansion));
            suggestions.Add(new AcronymSuggestion(acronym, expansion, how, lines, expansionLines, first.Line, excerpt, known));
        }
        return suggestions;
    }

    public static bool IsAcronym(string word)
    {
        var letters = word.Count(char.IsLetter);
        if (letters < 2 || letters > MaxLetters || !Words.IsAllCaps(word) || !char.IsLetter(word[0])) return false;
        return !RomanNumeral().IsMatch(word);
    }

    /// <summary>The letters an expansion's initials must spell (<c>COVID-19</c> → COVID).</summary>
    private static string Letters(string acronym) => new(acronym.TakeWhile(c => c != '-').Where(char.IsLetter).Select(Words.Fold).Select(char.ToUpperInvariant).ToArray());

    private static (string?, string, IReadOnlyList<int>)? Explicit(ArticleText article, string acronym)
    {
        var letters = Letters(acronym);
        foreach (var sentence in article.Sentences)
        {
            var text = sentence.Text;
            // Phrase (ACR)
            for (var at = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal); at >= 0; at = text.IndexOf("(" + acronym + ")", at + 1, StringComparison.Ordinal))
            {
                var words = Words.Read(text, 0, at);
                if (PhraseEndingAt(words, words.Count - 1, letters) is { } start)
                {
                    var phrase = text[words[start].Start..(words[^1].Start + words[^1].Text.Length)];
                    return (phrase, $"written together: \"{phrase} ({acronym})\"", [sentence.Line]);
                }
            }
            // ACR (phrase)
            foreach (Match match in AcronymThenPhrase().Matches(text))
            {
                if (match.Groups["acr"].Value != acronym) continue;
                var phrase = match.Groups["phrase"].Value.Trim();
                var words = Words.Read(phrase);
                if (words.Count > 0 && !Words.Function.Contains(words[0].Text) && Spells(words, 0, words.Count, letters))
                {
                    return (phrase, $"written together: \"{acronym} ({phrase})\"", [sentence.Line]);
                }
            }
        }
        return null;
    }

    /// <summary>The index of the first word of a phrase ending at <paramref name="last"/> whose initials spell the letters, or null.</summary>
    private static int? PhraseEndingAt(List<Words.Word> words, int last, string letters)
    {
        if (last < 0 || Words.Function.Contains(words[last].Text)) return null;
        var k = letters.Length - 1;
        for (var i = last; i >= 0; i--)
        {
            if (i < last && !words[i + 1].JoinedToPrevious) return null;
            if (Words.Function.Contains(words[i].Text)) continue;
            if (Words.Initial(words[i].Text) != letters[k]) return null;
            if (--k < 0) return i;
        }
        return null;
    }

    private static bool Spells(List<Words.Word> words, int from, int to, string letters)
    {
        var k = 0;
        for (var i = from; i < to; i++)
        {
            if (Words.Function.Contains(words[i].Text)) continue;
            if (k >= letters.Length || Words.Initial(words[i].Text) != letters[k]) return false;
            k++;
        }
        return k == letters.Length;
    }

    private static (string?, string, IReadOnlyList<int>)? Implicit(ArticleText article, string acronym)
    {
        var letters = Letters(acronym);
        if (letters.Length < 2) return null;
        var phrases = new Dictionary<string, (string Phrase, List<int> Lines)>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            var words = Words.Read(sentence.Text);
            // From the second word: a sentence's first word is capitalised whatever it is.
            for (var i = 1; i < words.Count; i++)
            {
                var word = words[i].Text;
                if (!Words.IsCapitalised(word) || Words.IsAllCaps(word) || Words.Function.Contains(word) || Words.Initial(word) != letters[0]) continue;
                if (PhraseStartingAt(words, i, letters) is not { } last) continue;
                var phrase = sentence.Text[words[i].Start..(words[last].Start + words[last].Text.Length)];
                var key = Words.Key(phrase);
                if (!phrases.TryGetValue(key, out var entry)) phrases[key] = entry = (phrase, []);
                if (!entry.Lines.Contains(sentence.Line)) entry.Lines.Add(sentence.Line);
            }
        }
        if (phrases.Count != 1) return null;
        var (found, lines) = phrases.Values.Single();
        return (found, $"initials match; the text never writes them together (\"{found}\" on line{(lines.Count > 1 ? "s" : "")} {string.Join(", ", lines)})", lines);
    }

    /// <summary>The index of the last word of a phrase starting at <paramref name="first"/> whose initials spell the letters, or null.</summary>
    private static int? PhraseStartingAt(List<Words.Word> words, int first, string letters)
    {
        var k = 0;
        for (var i = first; i < words.Count; i++)
        {
            if (i > first && !words[i].JoinedToPrevious) return null;
            if (i > first && Words.Function.Contains(words[i].Text)) continue;
            if (Words.Initial(words[i].Text) != letters[k] || !char.IsLetter(words[i].Text[0])) return null;
            // Two letters are too easily two words (UE: "l’Ukraine était"): both must then be capitalised.
            if (letters.Length == 2 && !Words.IsCapitalised(words[i].Text)) return null;
            if (++k == letters.Length) return i;
        }
        return null;
    }

    [GeneratedRegex(@"^(?=[MDCLXVI]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<acr>\p{Lu}[\p{Lu}\d&-]*\p{Lu})\s*\((?<phrase>[^()]{3,150})\)")]
    private static partial Regex AcronymThenPhrase();
}
