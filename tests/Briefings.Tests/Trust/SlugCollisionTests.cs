using System.Text;
using Briefings.Tests.Support;
using Briefings.Text;
using CsCheck;

namespace Briefings.Tests.Trust;

/// <summary>Names whose slugs lose letters (another script, an emoji, a sign such as + or #) keep apart; names that
/// differ only in case, accents, spaces or punctuation stay one.</summary>
public sealed class SlugCollisionTests
{
    [Theory]
    [InlineData("中国 2024", "日本 2024")]
    [InlineData("🇺🇦 war", "🇷🇺 war")]
    [InlineData("C++", "C#")]
    [InlineData("C++", "C")]
    [InlineData("C#", "C")]
    [InlineData("北京", "上海")]
    [InlineData("Αθήνα 2004", "2004")]
    [InlineData("@briefings", "briefings")]
    [InlineData("100 %", "100")]
    public void Names_that_differ_in_what_the_slug_cannot_spell_get_different_slugs(string a, string b)
    {
        var (x, y) = (Slug.FromOrHash(a, "tag"), Slug.FromOrHash(b, "tag"));
        Assert.NotEqual(x, y);
        Assert.True(Slug.IsValid(x) && Slug.IsValid(y), $"{x} {y}");
    }

    [Theory]
    [InlineData("Bélarus", "belarus")]
    [InlineData("Bélarus", "BELARUS")]
    [InlineData("Be\u0301larus", "Bélarus")]
    [InlineData("L’OTSC : un « bouclier » ?", "l otsc un bouclier")]
    [InlineData("中国 2024", "中国  2024")]
    [InlineData("Αθήνα", "ΑΘΗΝΑ")]
    [InlineData("Node.js", "node-js")]
    [InlineData("Tag & Co", "tag co")]
    public void Names_that_differ_only_in_case_accents_and_punctuation_share_a_slug(string a, string b) =>
        Assert.Equal(Slug.FromOrHash(a, "tag"), Slug.FromOrHash(b, "tag"));

    [Theory]
    [InlineData("Bélarus", "belarus")]
    [InlineData("C", "c")]
    [InlineData("Лукашенко", "lukashenko")]
    public void A_name_the_slug_spells_whole_has_no_hash(string name, string slug) => Assert.Equal(slug, Slug.FromOrHash(name, "tag"));

    [Fact]
    public void A_lossy_slug_keeps_its_readable_part_and_a_stable_hash()
    {
        var slug = Slug.FromOrHash("中国 2024", "tag");
        Assert.Matches("^2024-[0-9a-f]{8}$", slug);
        Assert.Equal(slug, Slug.FromOrHash("中国 2024", "tag"));
        Assert.Matches("^c-[0-9a-f]{8}$", Slug.FromOrHash("C++", "tag"));
        Assert.Matches("^tag-[0-9a-f]{8}$", Slug.FromOrHash("北京", "tag"));
    }

    // A name is words of atoms: an ASCII letter (written in either case, maybe with an accent), a digit, or an atom the
    // slug cannot spell. Two writings of one list of atoms must share a slug; two different lists with a lost atom never.
    private static readonly string[] Lost = ["中", "国", "日", "本", "🇺🇦", "🇷🇺", "+", "#", "@", "€", "α", "😍", "ק"];
    private static readonly string[] Separators = [" ", "  ", "-", ", ", "_", "/", " — ", ": ", "'", "."];
    private static readonly string[] Accents = ["", "", "\u0301", "\u0300", "\u0308"];

    private static readonly Gen<string> Atom = Gen.Frequency(
        (4, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (1, Gen.Char['0', '9'].Select(c => c.ToString())),
        (2, Gen.Int[0, Lost.Length - 1].Select(i => Lost[i])));

    private static readonly Gen<List<List<string>>> Words = Atom.List[1, 4].List[1, 4];

    private static Gen<string> Written(List<List<string>> words) =>
        Gen.Select(Gen.Bool.Array[words.Sum(w => w.Count)], Gen.Int[0, Accents.Length - 1].Array[words.Sum(w => w.Count)],
            Gen.Int[0, Separators.Length - 1].Array[words.Count], (upper, accent, separator) =>
            {
                var text = new StringBuilder();
                var n = 0;
                for (var w = 0; w < words.Count; w++)
                {
                    if (w > 0) text.Append(Separators[separator[w]]);
                    foreach (var atom in words[w])
                    {
                        var letter = atom.Length == 1 && atom[0] is >= 'a' and <= 'z';
                        text.Append(letter && upper[n] ? atom.ToUpperInvariant() : atom);
                        if (letter) text.Append(Accents[accent[n]]);
                        n++;
                    }
                }
                return text.ToString().Normalize(NormalizationForm.FormC);
            });

    private static string Canonical(List<List<string>> words) => string.Join(" ", words.Select(w => string.Concat(w)));

    [Fact]
    public void Two_writings_of_one_name_always_share_a_slug() =>
        Words.SelectMany(words => Gen.Select(Written(words), Written(words))).Sample(pair =>
            Assert.Equal(Slug.FromOrHash(pair.Item1, "tag"), Slug.FromOrHash(pair.Item2, "tag")), iter: 2000);

    [Fact]
    public void Different_names_that_lose_letters_never_share_a_slug() =>
        Gen.Select(Words, Words).Where(p => Canonical(p.Item1) != Canonical(p.Item2))
            .SelectMany(p => Gen.Select(Written(p.Item1), Written(p.Item2)))
            .Sample(pair =>
            {
                if (!Slug.IsLossy(pair.Item1) && !Slug.IsLossy(pair.Item2)) return;
                Assert.NotEqual(Slug.FromOrHash(pair.Item1, "tag"), Slug.FromOrHash(pair.Item2, "tag"));
            }, iter: 5000);

    [Fact]
    public void Tags_that_fold_to_one_slug_only_by_losing_letters_are_two_tags_each_shown_as_written()
    {
        var (result, output) = TestSite.Build(
            ("content/briefings/chine.md", TestSite.Briefing("title: Chine\ndate: 2024-01-02\ntags: [中国 2024]")),
            ("content/briefings/japon.md", TestSite.Briefing("title: Japon\ndate: 2024-01-01\ntags: [日本 2024]")),
            ("content/briefings/c.md", TestSite.Briefing("title: Langages\ndate: 2023-01-01\ntags: [C++, C#, C, 🇺🇦 war, 🇷🇺 war]")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var tagPages = output.Files.Keys.Where(k => k.StartsWith("tags/", StringComparison.Ordinal) && k.EndsWith("/index.html", StringComparison.Ordinal)
            && k != "tags/index.html").ToList();
        Assert.Equal(7, tagPages.Count);
        var chine = output.Text("briefings/chine/index.html");
        Assert.Contains("中国 2024", chine);
        Assert.DoesNotContain("日本", chine);
        var c = output.Text("briefings/c/index.html");
        foreach (var name in new[] { "C++", "C#", "🇺🇦 war", "🇷🇺 war" }) Assert.Contains(name, c);
    }

    [Fact]
    public void Timeline_filters_of_actors_and_tags_that_lose_letters_are_two_each_shown_as_written()
    {
        var (result, output) = TestSite.Build(
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2024-01-02")),
            ("content/timeline/t.yml", "- date: 2024-01-01\n  title: E1\n  actors: [中国]\n  tags: [中国 2024]\n"
                + "- date: 2024-01-02\n  title: E2\n  actors: [日本]\n  tags: [日本 2024]\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        var tagPages = output.Files.Keys.Where(k => k.StartsWith("timeline/tags/", StringComparison.Ordinal)).ToList();
        var actorPages = output.Files.Keys.Where(k => k.StartsWith("timeline/actors/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tagPages.Count);
        Assert.Equal(2, actorPages.Count);
        foreach (var page in tagPages.Concat(actorPages))
        {
            var html = output.Text(page);
            Assert.True(html.Contains("E1", StringComparison.Ordinal) != html.Contains("E2", StringComparison.Ordinal), page);
        }
    }

    [Fact]
    public void Tags_that_differ_in_case_and_accents_stay_one_tag()
    {
        var (result, output) = TestSite.Build(
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2024-01-02\ntags: [Bélarus]")),
            ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2024-01-01\ntags: [BELARUS, belarus]")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Equal(["tags/belarus/index.html"], output.Files.Keys.Where(k => k.StartsWith("tags/b", StringComparison.Ordinal)));
    }

    [Fact]
    public void Briefing_files_whose_names_lose_letters_are_two_pages()
    {
        var (result, output) = TestSite.Build(
            ("content/briefings/中国-2024.md", TestSite.Briefing("title: Chine\ndate: 2024-01-02")),
            ("content/briefings/日本-2024.md", TestSite.Briefing("title: Japon\ndate: 2024-01-01")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Equal(2, output.Files.Keys.Count(k => k.StartsWith("briefings/2024-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Glossary_terms_cpp_and_csharp_get_two_ids()
    {
        var (result, _) = TestSite.Build(
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2024-01-02", "C++ et C# et C.")),
            ("content/glossary/g.yml", "- term: C++\n  definition: Un langage.\n- term: C#\n  definition: Un autre.\n- term: C\n  definition: Le premier.\n"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
    }
}
