using Briefings.Glossary;
using CsCheck;

namespace Briefings.Tests.Glossary;

public sealed class TermMatcherTests
{
    private static readonly TermMatcher Matcher = TermMatcher.Build(
    [
        new TermForm("Organisation du traité de sécurité collective", "otsc", false),
        new TermForm("OTSC", "otsc", true),
        new TermForm("traité", "traite", false),
        new TermForm("sécurité collective", "securite", false),
        new TermForm("États membres", "etats", false),
        new TermForm("traité de l'Union", "union", false),
        new TermForm("AS", "as-abbr", true),
        new TermForm("as", "as-word", false),
    ]);

    private static IReadOnlyList<string> Find(string text) =>
        Matcher.FindAll(text).Select(m => $"{text.Substring(m.Start, m.Length)}={m.TermId}").ToList();

    [Theory]
    [InlineData("l'OTSC", "OTSC=otsc")]
    [InlineData("l’OTSC", "OTSC=otsc")]
    [InlineData("(OTSC)", "OTSC=otsc")]
    [InlineData("OTSC.", "OTSC=otsc")]
    public void Matches_after_elision_and_around_punctuation(string text, string expected) => Assert.Equal([expected], Find(text));

    [Theory]
    [InlineData("OTSCX")]
    [InlineData("XOTSC")]
    [InlineData("OTSC2")]
    [InlineData("otsc")]
    [InlineData("Otsc")]
    [InlineData("traite")]
    [InlineData("traités")]
    [InlineData("traite\u0301s")]
    public void Matches_whole_words_only_abbreviations_by_case_and_accents_always(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Traité", "Traité=traite")]
    [InlineData("TRAITÉ", "TRAITÉ=traite")]
    [InlineData("ÉTATS MEMBRES", "ÉTATS MEMBRES=etats")]
    [InlineData("états membres", "états membres=etats")]
    public void Other_forms_ignore_case_including_accented_capitals(string text, string expected) => Assert.Equal([expected], Find(text));

    [Fact]
    public void The_longest_form_wins_where_forms_overlap() =>
        Assert.Equal(["Organisation du traité de sécurité collective=otsc", "traité=traite"],
            Find("l’Organisation du traité de sécurité collective et son traité"));

    [Fact]
    public void Falls_back_to_a_shorter_form_when_the_longer_one_breaks_off() =>
        Assert.Equal(["traité=traite", "sécurité collective=securite"], Find("le traité de sécurité collective"));

    [Theory]
    [InlineData("Organisation du\u00A0traité de\nsécurité   collective")]
    [InlineData("Organisation du\u202Ftraité de\r\nsécurité\tcollective")]
    public void Multi_word_forms_match_across_any_spacing(string text) => Assert.Equal("otsc", Assert.Single(Matcher.FindAll(text)).TermId);

    [Fact]
    public void Apostrophes_inside_forms_match_each_other() => Assert.Equal(["traité de l’Union=union"], Find("le traité de l’Union"));

    [Fact]
    public void A_case_sensitive_and_a_case_insensitive_form_can_share_letters()
    {
        Assert.Equal(["AS=as-abbr"], Find("AS"));
        Assert.Equal(["as=as-word"], Find("as"));
        Assert.Equal(["As=as-word"], Find("As"));
    }

    [Fact]
    public void Adjacent_mentions_are_all_found() => Assert.Equal(["OTSC=otsc", "OTSC=otsc", "traité=traite"], Find("OTSC OTSC,traité"));

    [Fact]
    public void A_range_is_matched_in_place_with_its_ends_as_word_boundaries()
    {
        // A paragraph's text node is matched inside the whole body's source: offsets stay the source's,
        // and letters just outside the node's range do not glue onto a form at its edge.
        const string source = "xOTSC traité de l'Union et OTSCx";
        var matches = Matcher.FindAll(source, 1, source.Length - 1);
        Assert.Equal(["1:OTSC=otsc", "6:traité de l'Union=union", "27:OTSC=otsc"],
            matches.Select(m => $"{m.Start}:{source.Substring(m.Start, m.Length)}={m.TermId}"));
        Assert.Empty(Matcher.FindAll(source, 6, 9)); // "tra": no form fits inside the range
    }

    [Fact]
    public void Empty_text_and_empty_matcher_find_nothing()
    {
        Assert.Empty(Find(""));
        Assert.Empty(TermMatcher.Build([]).FindAll("OTSC"));
    }

    [Fact]
    public void Reports_forms_claimed_by_two_terms()
    {
        var conflicts = TermMatcher.FindConflicts(
        [
            new TermForm("OTSC", "a", true),
            new TermForm("OTSC", "b", false),    // written alike: conflict
            new TermForm("otsc", "c", false),    // same words ignoring case as b: conflict; beside a's exact OTSC: fine
            new TermForm("AS", "d", true),
            new TermForm("as", "e", false),      // an abbreviation beside a word of the same letters: fine
            new TermForm("traité", "f", false),
            new TermForm("Traité", "g", false),  // same words ignoring case: conflict
            new TermForm("traité", "f", false),  // the same term twice: fine
        ]);
        Assert.Equal(["OTSC|OTSC", "OTSC|otsc", "traité|Traité"], conflicts.Select(c => $"{c.First.Text}|{c.Second.Text}").Order(StringComparer.Ordinal));
    }

    /// <summary>The obvious quadratic algorithm: at each word start, the longest form that fits.</summary>
    private static List<(int, int, string)> Naive(string text, IReadOnlyList<TermForm> forms)
    {
        static bool Word(char c) => char.IsLetterOrDigit(c);
        var result = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            (int Length, string Id)? best = null;
            if ((i == 0 || !Word(text[i - 1])) && !char.IsWhiteSpace(text[i]))
            {
                foreach (var form in forms)
                {
                    var f = form.Text;
                    if (i + f.Length > text.Length) continue;
                    var segment = text.Substring(i, f.Length);
                    var same = form.CaseSensitive ? segment == f : string.Equals(segment, f, StringComparison.OrdinalIgnoreCase);
                    var endsWord = i + f.Length == text.Length || !Word(text[i + f.Length]);
                    if (same && endsWord && (best is null || f.Length > best.Value.Length)) best = (f.Length, form.TermId);
                }
            }
            if (best is { } b)
            {
                result.Add((i, b.Length, b.Id));
                i += b.Length;
            }
            else
            {
                i++;
            }
        }
        return result;
    }

    [Fact]
    public void Agrees_with_the_naive_algorithm_on_random_texts()
    {
        // Small alphabet and single spaces, so forms occur often and overlap; one form per text per term.
        var word = Gen.Char["abAB"].Array[1, 3].Select(cs => new string(cs));
        var form = Gen.Select(word.Array[1, 3], Gen.Bool).Select((words, caseSensitive) => (Text: string.Join(' ', words), caseSensitive));
        var forms = form.Array[1, 6].Select(fs => fs.DistinctBy(f => f.Text.ToLowerInvariant()).Select((f, n) => new TermForm(f.Text, "t" + n, f.caseSensitive)).ToList());
        var text = Gen.Select(word, Gen.OneOf(" ", "'", ", ")).Array[0, 12].Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));
        Gen.Select(forms, text).Sample((fs, t) =>
        {
            var expected = Naive(t, fs);
            var actual = TermMatcher.Build(fs).FindAll(t).Select(m => (m.Start, m.Length, m.TermId)).ToList();
            Assert.Equal(expected, actual);
        }, iter: 3000);
    }
}
