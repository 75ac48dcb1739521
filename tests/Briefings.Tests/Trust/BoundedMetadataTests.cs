using System.Diagnostics;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Metadata;
using Briefings.Output;
using Briefings.Tests.Support;
using CsCheck;

namespace Briefings.Tests.Trust;

/// <summary>
/// Metadata whose size would multiply the work or the output (thousands of tags on one briefing, huge ids to guess at,
/// thousands of terms claiming one alias, names too long for a file system) ends in seconds, with a bounded output and
/// an error at its line. Each size here took minutes or gigabytes before.
/// </summary>
public sealed class BoundedMetadataTests
{
    // Generous: the suite runs on two shared cores; each shape took minutes, gigabytes or millions of lines before.
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    private static (BuildResult Result, MemoryOutput Output, TimeSpan Took) Timed(params (string Path, string Text)[] files)
    {
        var watch = Stopwatch.StartNew();
        var (result, output) = TestSite.Build(files);
        return (result, output, watch.Elapsed);
    }

    private static long Bytes(MemoryOutput output) => output.Files.Values.Sum(f => (long)f.Length);

    private static long Printed(BuildResult result) => TestSite.Printed(result).Sum(line => (long)line.Length + 1);

    [Fact]
    public void Five_thousand_tags_on_one_briefing_are_an_error_at_the_key_not_gigabytes()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 5000).Select(i => $"tag{i}"));
        var (result, output, took) = Timed(("content/briefings/a.md", TestSite.Briefing($"title: A\ndate: 2022-01-01\ntags: [{tags}]")));
        Assert.True(took < Generous, $"took {took}");
        Assert.Equal(["content/briefings/a.md:4:1: error META009: 'tags' has 5,000 items, more than the 100 a list may have (every page that lists this lists them all)"],
            TestSite.Printed(result));
        Assert.True(Bytes(output) < 5_000_000, $"{Bytes(output):N0} bytes");
    }

    [Fact]
    public void Five_thousand_actors_on_one_event_are_an_error_at_the_key()
    {
        var actors = string.Join("", Enumerable.Range(0, 5000).Select(i => $"\n    - Acteur {i}"));
        var (result, output, took) = Timed(
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01")),
            ("content/timeline/t.yml", $"- date: 2022-01-01\n  title: E\n  actors:{actors}\n"));
        Assert.True(took < Generous, $"took {took}");
        Assert.Equal(["content/timeline/t.yml:3:3: error META009: 'actors' has 5,000 items, more than the 100 a list may have (every page that lists this lists them all)"],
            TestSite.Printed(result));
        Assert.True(Bytes(output) < 5_000_000, $"{Bytes(output):N0} bytes");
    }

    [Fact]
    public void A_hundred_tags_still_build()
    {
        var tags = string.Join(", ", Enumerable.Range(0, MetadataReader.MaxListItems).Select(i => $"tag{i}"));
        var (result, _, _) = Timed(("content/briefings/a.md", TestSite.Briefing($"title: A\ndate: 2022-01-01\ntags: [{tags}]")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
    }

    [Fact]
    public void Guessing_at_a_huge_misspelt_id_among_huge_ids_is_quick()
    {
        var ids = Enumerable.Range(0, 200).Select(i => new string((char)('a' + i % 26), 40_000) + i).ToList();
        var watch = Stopwatch.StartNew();
        Assert.Null(Suggestions.Closest(new string('a', 40_001), ids));
        Assert.Equal("otsc", Suggestions.Closest("ostc", ids.Append("otsc")));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Bounded_distances_are_the_distances_where_they_are_within_bound() =>
        Gen.Select(Gen.Char["abc"].Array[0, 12].Select(c => new string(c)), Gen.Char["abc"].Array[0, 12].Select(c => new string(c)), Gen.Int[0, 12]).Sample((a, b, max) =>
        {
            var full = Suggestions.Distance(a, b);
            var bounded = Suggestions.Distance(a, b, max);
            Assert.True(full <= max ? bounded == full : bounded > max, $"{a} {b} {max}: {full} {bounded}");
        }, iter: 5000);

    [Fact]
    public void Huge_ids_and_a_misspelt_see_also_end_in_seconds_with_short_messages()
    {
        var huge = new string('x', 40_000);
        var terms = string.Concat(Enumerable.Range(0, 20).Select(i =>
            $"- term: T{i}\n  definition: D.\n  id: {huge}{i}\n  see_also: [{huge}{i + 1}y]\n"));
        var (result, _, took) = Timed(
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01")),
            ("content/glossary/g.yml", terms + "- term: Other\n  definition: D.\n  see_also: [" + huge + "z]\n"));
        Assert.True(took < Generous, $"took {took}");
        var printed = TestSite.Printed(result);
        Assert.Contains("content/glossary/g.yml:3:7: error META010: 'id' is 40,001 characters long, more than the 100 a page address may have; shorten it", printed);
        Assert.Contains(printed, line => line.Contains("error SITE006: no glossary term has the id 'xxxxxxxx", StringComparison.Ordinal));
        Assert.True(Printed(result) < 100_000, $"{Printed(result):N0} characters of diagnostics");
    }

    [Fact]
    public void Three_thousand_terms_sharing_one_alias_are_one_error()
    {
        var terms = string.Concat(Enumerable.Range(0, 3000).Select(i => $"- term: Terme {i}\n  definition: D.\n  aliases: [pacte]\n"));
        var (result, _, took) = Timed(
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01")),
            ("content/glossary/g.yml", terms));
        Assert.True(took < Generous, $"took {took}");
        Assert.Equal(["content/glossary/g.yml:6:13: error SITE007: 'pacte' is claimed by 3,000 terms: 'terme-0' (content/glossary/g.yml:3:13), "
            + "'terme-1' (content/glossary/g.yml:6:13), 'terme-2' (content/glossary/g.yml:9:13) and 2,997 more; a form can belong to one term only"],
            TestSite.Printed(result));
    }

    [Fact]
    public void A_form_claimed_by_three_terms_names_them_all()
    {
        var (result, _, _) = Timed(
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01")),
            ("content/glossary/g.yml", "- term: OTSC\n  definition: D.\n- term: Otsc\n  definition: D.\n  id: b\n- term: otsc\n  definition: D.\n  id: c\n"));
        Assert.Equal(["content/glossary/g.yml:3:9: error SITE007: 'Otsc' is claimed by 3 terms: 'otsc' (content/glossary/g.yml:1:9), "
            + "'b' (content/glossary/g.yml:3:9), 'c' (content/glossary/g.yml:6:9); a form can belong to one term only"], TestSite.Printed(result));
    }

    [Fact]
    public void A_300_character_tag_gets_a_short_address_that_check_and_build_both_accept()
    {
        using var temp = new TempFolder();
        var tag = string.Concat(Enumerable.Repeat("Négociations ", 25)).Trim();
        temp.Write("site/content/site.yml", TestSite.MinimalConfig);
        temp.Write("site/content/briefings/a.md", TestSite.Briefing($"title: A\ndate: 2022-01-01\ntags: [\"{tag}\", \"{tag} bis\"]"));
        var check = SiteBuilder.Check(SiteReader.Read(temp.Combine("site")), BuildOptions.Default);
        Assert.True(check.Succeeded, string.Join('\n', check.Diagnostics));
        var build = FolderBuild.Run(temp.Combine("site"), temp.Combine("out"), BuildOptions.Default, strict: true, useCache: false);
        Assert.Equal(FolderBuildOutcome.Built, build.Outcome);
        var folders = Directory.GetDirectories(temp.Combine("out", "tags")).Select(Path.GetFileName).ToList();
        Assert.Equal(2, folders.Count);
        Assert.All(folders, f => Assert.InRange(f!.Length, 50, Briefings.Text.Slug.MaxLength));
        Assert.Contains(tag, File.ReadAllText(temp.Combine("out", "briefings", "a", "index.html")));
    }

    [Fact]
    public void A_300_character_slug_is_an_error_at_its_line_for_check_and_build_alike()
    {
        var slug = string.Join("-", Enumerable.Repeat("negociations", 25));
        (string, string)[] files = [("content/site.yml", TestSite.MinimalConfig), ("content/briefings/a.md", TestSite.Briefing($"title: A\ndate: 2022-01-01\nslug: {slug}"))];
        var expected = $"content/briefings/a.md:4:7: error META010: 'slug' is {slug.Length} characters long, more than the 100 a page address may have; shorten it";
        Assert.Equal([expected], TestSite.Printed(TestSite.Build(files).Result));
        Assert.Equal([expected], SiteBuilder.Check(TestSite.Input(files), BuildOptions.Default).Diagnostics.Select(d => d.ToString()));
    }
}
