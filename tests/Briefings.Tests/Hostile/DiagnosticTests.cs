using System.Text;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>Every bad input ends in exactly one diagnostic at the right file, line, column and code.</summary>
public sealed class DiagnosticTests
{
    public static TheoryData<string> Names() => [.. DiagnosticFixtures.All().Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly(string name)
    {
        var (_, files, expected) = DiagnosticFixtures.All().Single(f => f.Name == name);
        if (name != "no site.yml" && !files.Any(f => f.Path == "content/site.yml")) files = [("content/site.yml", "title: T\nlanguage: fr\n"), .. files];
        var result = SiteBuilder.Build(TestSite.Input(files), BuildOptions.Default, new MemoryOutput());
        Assert.Equal([expected], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Latin1_and_binary_files_are_named_with_the_byte_offset()
    {
        var input = new SiteInput(
        [
            InputFile.FromText("content/site.yml", "title: T\nlanguage: fr\n"),
            new InputFile("content/briefings/a.md", Encoding.Latin1.GetBytes("---\ntitle: Bélarus\ndate: 2022-01-01\n---\nx\n")),
            new InputFile("content/briefings/b.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]),
            new InputFile("content/briefings/c.md", []) { TooLargeSize = 40L * 1024 * 1024 },
        ]);
        var result = SiteBuilder.Build(input, BuildOptions.Default, new MemoryOutput());
        Assert.Equal(
        [
            "content/briefings/a.md:1:1: error ENC001: this file is not UTF-8 text (invalid byte 0xE9 at byte offset 12); save it as UTF-8",
            "content/briefings/b.md:1:1: error ENC001: this is not a text file (a NUL byte at byte offset 8)",
            "content/briefings/c.md:1:1: error ENC003: this file is 40 MiB, more than the 16 MiB a site file may have",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_are_accepted_silently_with_right_positions()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\ntitle: A\r\ndate: demain\r\n---\r\nx\r\n")).ToArray();
        var input = new SiteInput([InputFile.FromText("content/site.yml", "title: T\r\nlanguage: fr\r\n"), new InputFile("content/briefings/a.md", bom)]);
        var result = SiteBuilder.Build(input, BuildOptions.Default, new MemoryOutput());
        Assert.Equal("content/briefings/a.md:3:7: error META004", string.Join(' ', result.Diagnostics.Select(d => d.ToString())).Split(": 'date'")[0]);
    }

    [Fact]
    public void All_diagnostics_of_a_build_come_together_sorted_by_file_and_line()
    {
        var (result, _) = TestSite.Build(
            ("content/briefings/b.md", "---\ntitle: B\ndate: demain\ntags: 5\n---\nx\n"),
            ("content/briefings/a.md", "---\ndate: 2022-01-01\nfoo: 1\n---\nx\n"));
        Assert.Equal(
        [
            "content/briefings/a.md:2:1: error META001: missing required key 'title'",
            "content/briefings/a.md:3:1: warning META003: unknown key 'foo'; known keys are authors, date, draft, extra, glossary_exclude, language, slug, source, summary, tags, timeline, title",
            "content/briefings/b.md:3:7: error META004: 'date' must be a date written yyyy-mm-dd (for example 2022-04-01), not 'demain'",
            "content/briefings/b.md:4:7: error META002: 'tags' must be a list of texts (one '- item' per line, or [a, b]), not '5'",
        ], TestSite.Printed(result));
    }

    [Fact]
    public void Check_reports_broken_links_and_anchors_in_the_would_be_site()
    {
        var result = SiteBuilder.Check(TestSite.Input(
            ("content/site.yml", "title: T\nlanguage: fr\n"),
            ("content/briefings/a.md", "---\ntitle: A\ndate: 2022-01-01\n---\n[x](../../nowhere/index.html) et [y](#absent) et [z](https://example.org)\n")),
            BuildOptions.Default);
        Assert.Equal(
        [
            // A relative link to no file is a build error at its line too (issue 13), not only a finding of check.
            "content/briefings/a.md:5:1: error FILE002: this link ('../../nowhere/index.html') names no file of the site (nowhere/index.html); a briefing's own files go beside it in a folder: content/briefings/a/index.md, or the site's own in static/",
            // Check's findings where the editor wrote the links, the page they broke in as context (issue 14).
            "content/briefings/a.md:5:1: error LINK001: <a href=\"../../nowhere/index.html\"> leads to no file of the site (in _site/briefings/a/index.html:51:4)",
            "content/briefings/a.md:5:34: error LINK002: <a href=\"#absent\">: briefings/a/index.html has no element with id 'absent' (in _site/briefings/a/index.html:51:48)",
        ], result.Diagnostics.Select(d => d.ToString()));
    }
}
