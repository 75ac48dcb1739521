using Briefings.Search;
using Briefings.Tests.Support;
using CsCheck;

namespace Briefings.Tests.Search;

/// <summary>
/// The browser keys a query exactly as the build keyed the text: <c>assets/search.js</c> run in Chromium gives the keys
/// of <see cref="SearchKeys"/> on the shared table and on thousands of random texts of several scripts.
/// </summary>
public sealed class SearchParityTests
{
    private static readonly string Script = Repository.PathOf("templates", "assets", "search.js");

    // Scripts the briefings use (Latin with accents and ligatures, Cyrillic, Greek with a final sigma), the characters the
    // rules name (apostrophes, elisions, hyphens, marks, an invisible soft hyphen, dotted I) and some that separate words.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCXYZ0123456789éèêëàâäîïôöùûüçÉÈÀÇœŒæÆßøØłđðþıİ"], 1, 10],
        Gen.String[Gen.Char["абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЛУКШЕНКОіїєґ"], 1, 8],
        Gen.String[Gen.Char["αβγδεζηθικλμνξοπρστυφχψωςΣΟΔΥΕάέίόύώ"], 1, 8],
        Gen.String[Gen.Char["'’ʼ-‐«»“”‘.,;:!?()/\u00A0\u202F\u00AD\u0301\u0308\u0326\u200D ´¨"], 1, 3],
        Gen.Const("l’"), Gen.Const("qu'"), Gen.Const("jusqu’"), Gen.Const("’s"), Gen.Const("😍"), Gen.Const("北京"), Gen.Const("𝐀𝐁"),
        Gen.Const("½²"), Gen.Const(new string('x', 70) + "é"))
        .Array[0, 10].Select(parts => string.Concat(parts));

    [Fact]
    public async Task The_browser_gives_the_keys_of_the_build_on_the_shared_table_and_on_random_texts()
    {
        var texts = KeyVectors.All.Select(v => v.Text).ToList();
        var random = new List<string>();
        Text.Sample(random.Add, iter: 3_000, seed: "0N0XIzNsQ0O2");
        texts.AddRange(random);

        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"fr\"><head><title>keys</title></head><body></body></html>");
        await page.AddScriptTagAsync(new() { Path = Script });
        var inBrowser = await page.EvaluateAsync<string[][]>("texts => texts.map(t => window.BriefingsSearch.keys(t))", texts);

        var differences = texts.Select((text, i) => (text, csharp: string.Join(' ', SearchKeys.Of(text)), js: string.Join(' ', inBrowser[i])))
            .Where(d => d.csharp != d.js).Take(10).Select(d => $"'{d.text}': C# [{d.csharp}], JS [{d.js}]").ToList();
        Assert.True(differences.Count == 0, string.Join('\n', differences));
        // The shared table also holds for JavaScript.
        foreach (var (vector, i) in KeyVectors.All.Select((v, i) => (v, i))) Assert.Equal(vector.Keys, inBrowser[i]);
    }
}
