using System.Text;
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
        var words = article.Sentences.Select(s => Words.Read(s.Text)).ToList();
        for (var s = 0; s < words.Count; s++)
        {
            var sentence = article.Sentences[s];
            if (!sentence.Text.Any(char.IsLower)) continue; // a heading in capitals
            foreach (var word in words[s])
            {
                if (!IsAcronym(word.Text) || IsDateline(article, sentence, word)) continue;
                if (!occurrences.TryGetValue(word.Text, out var list))
                {
                    occurrences[word.Text] = list = [];
                    order.Add(word.Text);
                }
                list.Add((sentence, word.Start));
            }
        }
        if (order.Count == 0) return [];

        // Both kinds of expansion are gathered in one pass over the text, not one per acronym: an article may have hundreds.
        var written = Explicit(article, words);
        var apart = Implicit(article, words);
        var suggestions = new List<AcronymSuggestion>();
        foreach (var acronym in order)
        {
            var uses = occurrences[acronym];
            var lines = uses.Select(u => u.Sentence.Line).Distinct().ToList();
            var (first, at) = uses[0];
            var excerpt = Excerpt.Around(first.Text, at, acronym.Length);
            (string? Phrase, string How, IReadOnlyList<int> Lines) expansion = (null, "the text does not spell it out", []);
            if (written.TryGetValue(acronym, out var together)) expansion = together;
            else if (apart.TryGetValue(Letters(acronym), out var phrases) && phrases.Count == 1)
            {
                var (found, foundLines) = phrases.Values.Single();
                expansion = (found, $"initials match; the text never writes them together (\"{found}\" on line{(foundLines.Count > 1 ? "s" : "")} {string.Join(", ", foundLines)})", foundLines);
            }
            var known = glossary.Find(acronym) ?? (expansion.Phrase is null ? null : glossary.Find(expansion.Phrase));
            suggestions.Add(new AcronymSuggestion(acronym, expansion.Phrase, expansion.How, lines, expansion.Lines, first.Line, excerpt, known));
        }
        return suggestions;
    }

    /// <summary>The place in capitals that opens a wire story (<c>WASHINGTON —</c>, <c>PARIS,</c>): not an acronym.</summary>
    private static bool IsDateline(ArticleText article, Sentence sentence, Word word)
    {
        if (sentence.Line != 1 || word.Start != 0) return false;
        var after = sentence.Start + word.Text.Length;
        while (after < article.Text.Length && article.Text[after] == ' ') after++;
        return after < article.Text.Length && article.Text[after] is '—' or '–' or '-' or ',' or '(';
    }

    public static bool IsAcronym(string word)
    {
        var letters = word.Count(char.IsLetter);
        if (letters < 2 || letters > MaxLetters || !Words.IsAllCaps(word) || !char.IsLetter(word[0])) return false;
        return !RomanNumeral().IsMatch(word);
    }

    /// <summary>The letters an expansion's initials must spell (<c>COVID-19</c> → COVID).</summary>
    private static string Letters(string acronym) => new(acronym.TakeWhile(c => c != '-').Where(char.IsLetter).Select(Words.Fold).Select(char.ToUpperInvariant).ToArray());

    /// <summary>Every acronym written beside its expansion, <c>Phrase (ACR)</c> or <c>ACR (phrase)</c>, the first time it is.</summary>
    private static Dictionary<string, (string?, string, IReadOnlyList<int>)> Explicit(ArticleText article, List<List<Word>> words)
    {
        var found = new Dictionary<string, (string?, string, IReadOnlyList<int>)>(StringComparer.Ordinal);
        for (var s = 0; s < words.Count; s++)
        {
            var sentence = article.Sentences[s];
            var text = sentence.Text;
            foreach (Match match in Parenthesised().Matches(text))
            {
                var acronym = match.Groups["acr"].Value;
                if (found.ContainsKey(acronym) || !IsAcronym(acronym)) continue;
                var before = words[s].TakeWhile(w => w.Start < match.Index).ToList();
                if (PhraseEndingAt(before, before.Count - 1, Letters(acronym)) is { } start)
                {
                    var phrase = text[before[start].Start..(before[^1].Start + before[^1].Text.Length)];
                    found[acronym] = (phrase, $"written together: \"{phrase} ({acronym})\"", [sentence.Line]);
                }
            }
            foreach (Match match in AcronymThenPhrase().Matches(text))
            {
                var acronym = match.Groups["acr"].Value;
                if (found.ContainsKey(acronym) || !IsAcronym(acronym)) continue;
                var phrase = match.Groups["phrase"].Value.Trim();
                var phraseWords = Words.Read(phrase);
                if (phraseWords.Count > 0 && !Words.Function.Contains(phraseWords[0].Text) && Spells(phraseWords, 0, phraseWords.Count, Letters(acronym)))
                {
                    found[acronym] = (phrase, $"written together: \"{acronym} ({phrase})\"", [sentence.Line]);
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Every phrase that could expand an acronym, by the letters its initials spell: from each capitalised word inside a
    /// sentence, the significant words that follow it, separated only by spaces and function words, give one entry per
    /// length (<c>OT</c>, <c>OTS</c>, <c>OTSC</c>…). Each entry holds its distinct phrases with their lines.
    /// </summary>
    private static Dictionary<string, Dictionary<string, (string Phrase, List<int> Lines)>> Implicit(ArticleText article, List<List<Word>> words)
    {
        var index = new Dictionary<string, Dictionary<string, (string, List<int>)>>(StringComparer.Ordinal);
        for (var s = 0; s < words.Count; s++)
        {
            var sentence = article.Sentences[s];
            var list = words[s];
            // From the second word: a sentence's first word is capitalised whatever it is.
            for (var i = 1; i < list.Count; i++)
            {
                var word = list[i].Text;
                if (!Words.IsCapitalised(word) || Words.IsAllCaps(word) || Words.Function.Contains(word)) continue;
                var initials = new StringBuilder();
                var capitalised = true;
                for (var j = i; j < list.Count && initials.Length < MaxLetters; j++)
                {
                    if (j > i && !list[j].JoinedToPrevious) break;
                    if (j > i && Words.Function.Contains(list[j].Text)) continue;
                    if (!char.IsLetter(list[j].Text[0])) break;
                    initials.Append(Words.Initial(list[j].Text));
                    capitalised &= Words.IsCapitalised(list[j].Text);
                    // Two letters are too easily two words (UE: "l’Ukraine était"): both must then be capitalised.
                    if (initials.Length < 2 || (initials.Length == 2 && !capitalised)) continue;
                    var phrase = sentence.Text[list[i].Start..(list[j].Start + list[j].Text.Length)];
                    var key = initials.ToString();
                    if (!index.TryGetValue(key, out var phrases)) index[key] = phrases = new(StringComparer.Ordinal);
                    var phraseKey = Words.Key(phrase);
                    if (!phrases.TryGetValue(phraseKey, out var entry)) phrases[phraseKey] = entry = (phrase, []);
                    if (!entry.Item2.Contains(sentence.Line)) entry.Item2.Add(sentence.Line);
                }
            }
        }
        return index;
    }

    /// <summary>The index of the first word of a phrase ending at <paramref name="last"/> whose initials spell the letters, or null.</summary>
    private static int? PhraseEndingAt(List<Word> words, int last, string letters)
    {
        if (last < 0 || Words.Function.Contains(words[last].Text)) return null;
        var k = letters.Length - 1;
        for (var i = last; i >= 0; i--)
        {
            if (i < last && !words[i + 1].JoinedToPrevious) return null;
            // A capitalised article or preposition counts when its initial is the one wanted: La France insoumise (LFI).
            if (Words.Function.Contains(words[i].Text) && !(Words.IsCapitalised(words[i].Text) && Words.Initial(words[i].Text) == letters[k])) continue;
            if (Words.Initial(words[i].Text) != letters[k]) return null;
            if (--k < 0) return i;
        }
        return null;
    }

    private static bool Spells(List<Word> words, int from, int to, string letters)
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

    [GeneratedRegex(@"^(?=[MDCLXVI]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"\((?<acr>\p{Lu}[\p{Lu}\d&-]*\p{Lu}[\p{Lu}\d]*)\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<acr>\p{Lu}[\p{Lu}\d&-]*\p{Lu})\s*\((?<phrase>[^()]{3,150})\)")]
    private static partial Regex AcronymThenPhrase();
}
