using System.Diagnostics;
using Briefings.Glossary;
using Briefings.Tests.Support;
using CsCheck;

namespace Briefings.Tests.Trust;

/// <summary>Issue 13, deliverable 4: term matching reads each character once, however long and repetitive the forms.</summary>
public sealed class TermMatcherScaleTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60); // a shared machine can be slow; the quadratic shapes took minutes

    [Fact]
    public void A_20000_word_alias_against_a_50000_word_body_takes_seconds_not_minutes()
    {
        // 47 s before: from each of the body's words the trie was walked 20,000 words deep, to fail on the last.
        var alias = string.Join(' ', Enumerable.Repeat("guerre", 19_999)) + " froide";
        var body = string.Join(' ', Enumerable.Repeat("guerre", 50_000)) + " froide.";
        var watch = Stopwatch.StartNew();
        var (result, output) = TrustSites.Build(TrustSites.Trusted, TrustSites.Body(body),
            ("content/glossary/g.yml", $"- id: t\n  term: Terme\n  aliases: [\"{alias}\"]\n  definition: D.\n"));
        log.WriteLine($"build: {watch.Elapsed.TotalSeconds:F2} s");
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        // The alias is there, at the body's end: its 20,000 words are one link.
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(output.Text("briefings/b/index.html"));
        Assert.Equal(alias, Assert.Single(page.QuerySelectorAll(".body a.term-link")).TextContent);
    }

    [Fact]
    public void Forms_that_are_suffixes_of_one_another_are_matched_in_linear_time()
    {
        // "a", "a a", … 300 words: every position ends hundreds of forms.
        var forms = Enumerable.Range(1, 300).Select(n => new TermForm(string.Join(' ', Enumerable.Repeat("a", n)) + " b", $"t{n}", false))
            .Append(new TermForm("a", "single", false)).ToList();
        var matcher = TermMatcher.Build(forms);
        var text = string.Join(' ', Enumerable.Repeat("a", 200_000));
        var watch = Stopwatch.StartNew();
        var matches = matcher.FindAll(text);
        log.WriteLine($"match: {watch.Elapsed.TotalSeconds:F2} s");
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        Assert.Equal(200_000, matches.Count);
    }

    private static readonly Gen<string> Word = Gen.OneOf(Gen.Const("a"), Gen.Const("A"), Gen.Const("ab"), Gen.Const("é"), Gen.Const("l’"), Gen.Const("l'"), Gen.Const("AB"), Gen.Const("b"));
    private static readonly Gen<string> Space = Gen.OneOf(Gen.Const(" "), Gen.Const("  "), Gen.Const("\n"), Gen.Const("\u00A0"), Gen.Const(""), Gen.Const(", "), Gen.Const("-"));

    private static readonly Gen<string> Phrase = Gen.Select(Word, Gen.Select(Space, Word).Array[0, 4])
        .Select((first, rest) => first + string.Concat(rest.Select(p => p.Item1 + p.Item2)));

    [Fact]
    public void The_automaton_finds_what_walking_the_forms_from_every_word_finds()
    {
        Gen.Select(Gen.Select(Phrase, Gen.Int[0, 5], Gen.Bool).Array[1, 8], Gen.Select(Space, Word).Array[0, 40])
            .Sample((forms, words) =>
            {
                var termForms = forms.Select(f => new TermForm(f.Item1, $"t{f.Item2}", f.Item3)).ToList();
                var text = string.Concat(words.Select(p => p.Item1 + p.Item2));
                var expected = NaiveMatcher.FindAll(termForms, text);
                var actual = TermMatcher.Build(termForms).FindAll(text).Select(m => (m.Start, m.Length, m.TermId, m.Form)).ToList();
                Assert.Equal(expected, actual);
            }, iter: 600);
    }
}
