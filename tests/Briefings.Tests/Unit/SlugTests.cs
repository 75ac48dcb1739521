using Briefings.Text;
using CsCheck;

namespace Briefings.Tests.Unit;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Bélarus", "belarus")]
    [InlineData("Sécurité collective", "securite-collective")]
    [InlineData("  L’OTSC : un « bouclier » ?  ", "l-otsc-un-bouclier")]
    [InlineData("Œuvre cœur", "oeuvre-coeur")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Лукашенко", "lukashenko")]
    [InlineData("Київ", "kiyiv")]
    [InlineData("Чернобыль 1986", "chernobyl-1986")]
    [InlineData("Йошкар-Ола", "yoshkar-ola")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("ﬁnances", "finances")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("北京", "")]
    public void Folds_text_into_lowercase_ascii(string text, string expected) => Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("belarus", true)]
    [InlineData("traite-1992", true)]
    [InlineData("../x", false)]
    [InlineData("a/b", false)]
    [InlineData("Belarus", false)]
    [InlineData("-a", false)]
    [InlineData("a--b", false)]
    [InlineData("", false)]
    public void Recognises_valid_slugs(string slug, bool valid) => Assert.Equal(valid, Slug.IsValid(slug));

    [Fact]
    public void Any_text_gives_a_valid_slug_or_nothing_and_slugging_is_idempotent() =>
        Gen.String.Sample(text =>
        {
            var slug = Slug.From(text);
            Assert.True(slug.Length == 0 || Slug.IsValid(slug), $"'{slug}' from '{text}'");
            Assert.Equal(slug, Slug.From(slug));
        }, iter: 5000);

    [Fact]
    public void Noncharacters_fold_to_nothing_instead_of_crashing_the_build()
    {
        Assert.Equal("a-b", Slug.From("a\uFFFEb"));
        var (result, output) = Support.TestSite.Build(("content/briefings/a.md", Support.TestSite.Briefing("title: A\ndate: 2022-01-01\ntags: [\"x\uFFFE\"]")));
        Assert.True(result.Succeeded, string.Join('\n', Support.TestSite.Printed(result)));
        Assert.Contains("tags/x/index.html", output.Files.Keys);
    }
}
