using System.Globalization;
using System.Text;
using Briefings.Search;
using CsCheck;

namespace Briefings.Tests.Search;

/// <summary>How search keys words: what a reader types finds the forms the text has (accents, case, elisions, plurals).</summary>
public sealed class SearchKeysTests
{
    [Theory]
    [MemberData(nameof(KeyVectors.Rows), MemberType = typeof(KeyVectors))]
    public void A_text_gives_the_keys_of_the_shared_table(string text, string keys) =>
        Assert.Equal(keys, string.Join(' ', SearchKeys.Of(text)));

    [Theory]
    [InlineData("Loukachenko", "Loukachenko a déclaré")]
    [InlineData("alliés", "le seul allié de la Russie")]
    [InlineData("frappes", "après la frappe ukrainienne")]
    [InlineData("belarus", "le Bélarus d’Alexandre")]
    [InlineData("OTSC", "l’OTSC reste silencieuse")]
    [InlineData("sanction", "les pays sanctionnés")]
    public void A_query_word_is_a_prefix_of_a_key_of_the_text(string query, string text)
    {
        var textKeys = SearchKeys.Of(text);
        foreach (var word in SearchKeys.Of(query)) Assert.Contains(textKeys, key => key.StartsWith(word, StringComparison.Ordinal));
    }

    private static readonly Gen<string> Latin = Gen.OneOf(
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzéèêëàâäîïôöùûüçœæ0123456789ABCÉÈÀÇŒ"], 1, 12],
        Gen.Const("l’"), Gen.Const("d'"), Gen.Const("qu’"), Gen.Const("’s"), Gen.Const("-"), Gen.Const("«"), Gen.Const("»"), Gen.Const("."))
        .Array[0, 12].Select(parts => string.Join(' ', parts));

    [Fact]
    public void Keys_are_lowercase_letters_and_digits_without_accents_and_never_longer_than_the_limit() =>
        Latin.Sample(text =>
        {
            foreach (var key in SearchKeys.Of(text))
            {
                Assert.InRange(key.Length, 1, SearchKeys.MaxKeyLength);
                Assert.All(key, c => Assert.True(c is >= 'a' and <= 'z' or >= '0' and <= '9', $"'{c}' in key '{key}' of '{text}'"));
            }
        });

    [Fact]
    public void Case_and_accents_change_no_key() =>
        Latin.Sample(text =>
        {
            var plain = new string(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
            Assert.Equal(SearchKeys.Of(text), SearchKeys.Of(plain.ToUpperInvariant()));
        });

    [Fact]
    public void Keying_keys_again_changes_nothing_but_the_stem_of_what_is_still_long() =>
        Latin.Sample(text =>
        {
            var keys = SearchKeys.Of(text);
            var again = SearchKeys.Of(string.Join(' ', keys));
            Assert.Equal(keys.Count, again.Count);
            // A stemmed key may be stemmed once more (crises → cris), never into something that is not its prefix.
            Assert.All(keys.Zip(again), pair => Assert.StartsWith(pair.Second, pair.First, StringComparison.Ordinal));
        });

    [Fact]
    public void A_long_word_is_one_key_cut_at_the_limit()
    {
        var word = new string('a', 100_000);
        Assert.Equal([new string('a', SearchKeys.MaxKeyLength)], SearchKeys.Of(word));
    }
}
