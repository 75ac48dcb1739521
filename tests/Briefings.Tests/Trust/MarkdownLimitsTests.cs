using System.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary>
/// Issue 13, deliverables 4 and 5: Markdown that Markdig 1.6 would parse in quadratic time, or refuse with an
/// exception, gets a diagnostic at its line in seconds at most. Each shape is large enough to take minutes (or
/// throw) unguarded; the time bound is generous so that it never flakes on a loaded machine.
/// </summary>
public sealed class MarkdownLimitsTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60); // a shared machine can be slow; the quadratic shapes took minutes

    private (IReadOnlyList<string> Diagnostics, bool Succeeded) Build(string body, string config = TrustSites.Trusted)
    {
        var watch = Stopwatch.StartNew();
        var (result, _) = TrustSites.Build(config, TrustSites.Body(body));
        watch.Stop();
        log.WriteLine($"{body.Length:N0} characters: {watch.Elapsed.TotalSeconds:F2} s");
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        return (TestSite.Printed(result), result.Succeeded);
    }

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length));

    [Theory]
    [InlineData("[a](", 250_000)]      // 26 s before
    [InlineData("[a](", 1_000_000)]    // 236 s before
    [InlineData("[a](b", 500_000)]
    [InlineData("[a](b (", 140_000)]   // the title's parenthesis never closes either: 10.8 s for 140 KB before
    [InlineData("![a](", 500_000)]
    [InlineData("[a]([a](()", 500_000)]
    public void Link_addresses_that_never_close_are_refused_at_the_first_one(string unit, int length)
    {
        var (diagnostics, succeeded) = Build(Repeat(unit, length));
        Assert.False(succeeded);
        // At the first "](" never closed, or at the first of thousands of brackets, whichever the guard meets first.
        var error = Assert.Single(diagnostics, d => d.Contains("error MD002"));
        Assert.Matches($"^content/briefings/b.md:5:({unit.IndexOf(']') + 1}|{unit.IndexOf('[') + 1}): error MD002: ", error);
    }

    [Theory]
    [InlineData("*a", 40_000)]            // 1.1 s for 20 KB before, an exception past 40 KB
    [InlineData("a *b* c ", 160_000)]     // ordinary emphasis, by the thousand in one paragraph: an exception before
    [InlineData("~~a", 60_000)]
    [InlineData("==a==", 120_000)]
    [InlineData("[a][", 160_000)]         // an exception before
    [InlineData("*a `c` `c` `c` `c` `c` `c` `c` `c` `c` `c` ", 200_000)] // 36 s for 415 KB before
    public void Thousands_of_emphasis_marks_or_brackets_in_one_paragraph_are_refused_at_the_first(string unit, int length)
    {
        var (diagnostics, succeeded) = Build(Repeat(unit, length));
        Assert.False(succeeded);
        Assert.Single(diagnostics, d => d.StartsWith("content/briefings/b.md:5:", StringComparison.Ordinal) && d.Contains("error MD002"));
    }

    [Fact]
    public void A_table_of_a_thousand_rows_with_emphasis_still_builds_in_a_second_or_two()
    {
        var (diagnostics, succeeded) = Build("| a | b |\n|---|---|\n" + Repeat("| *a* | **b** |\n", 16_000));
        Assert.True(succeeded, string.Join('\n', diagnostics));
    }

    [Fact]
    public void Many_links_and_much_emphasis_over_many_paragraphs_still_build()
    {
        var paragraph = string.Concat(Enumerable.Range(0, 50).Select(i => $"Voir [le lien {i}](https://example.org/{i}) et *ceci* ou **cela**. "));
        var (diagnostics, succeeded) = Build(string.Join("\n\n", Enumerable.Repeat(paragraph, 100)));
        Assert.True(succeeded, string.Join('\n', diagnostics));
    }

    [Theory]
    [InlineData(">", 128)]     // exit 70 with no location before
    [InlineData("> ", 5_000)]
    [InlineData("- ", 200)]
    [InlineData("1. ", 200)]
    [InlineData("> - ", 100)]
    public void Deep_blockquotes_and_lists_on_one_line_are_refused_at_their_marker(string unit, int depth)
    {
        var (diagnostics, succeeded) = Build(Repeat(unit, unit.Length * depth) + "a");
        Assert.False(succeeded);
        var error = Assert.Single(diagnostics, d => d.Contains("error MD002"));
        Assert.StartsWith($"content/briefings/b.md:5:{32 / (unit.Count(c => c is '>' or '-' or '.')) * unit.Length + 1}: error MD002: ", error);
    }

    [Theory]
    [InlineData("[", 5_000)]                    // an uncaught ArgumentException before
    [InlineData("![", 2_000)]
    public void Unclosed_brackets_get_a_diagnostic_at_their_line_not_an_exception(string unit, int count)
    {
        var (diagnostics, succeeded) = Build("Texte.\n\n" + Repeat(unit, unit.Length * count));
        Assert.False(succeeded);
        Assert.Single(diagnostics, d => d.StartsWith("content/briefings/b.md:7:", StringComparison.Ordinal) && d.Contains("error MD00"));
    }

    [Fact]
    public void Emphasis_nested_past_what_markdig_renders_gets_a_diagnostic_at_its_line()
    {
        var (diagnostics, succeeded) = Build("Texte.\n\n" + new string('*', 400) + "a" + new string('*', 400));
        Assert.False(succeeded);
        Assert.Single(diagnostics, d => d.StartsWith("content/briefings/b.md:7:", StringComparison.Ordinal) && d.Contains("error MD003"));
    }

    [Fact]
    public void Lists_nested_by_indentation_past_what_markdig_parses_get_a_diagnostic_not_an_exception()
    {
        var body = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- a\n"));
        var (diagnostics, succeeded) = Build(body);
        Assert.False(succeeded);
        Assert.Single(diagnostics, d => d.StartsWith("content/briefings/b.md:", StringComparison.Ordinal) && d.Contains("error MD00"));
    }

    [Fact]
    public void Metadata_markdown_is_guarded_too()
    {
        var watch = Stopwatch.StartNew();
        var unclosed = Repeat("[a](", 200_000);
        var (result, output) = TrustSites.Build(TrustSites.Trusted, TrustSites.Body("Texte."),
            ("content/glossary/g.yml", $"- id: t\n  term: T\n  definition: \"{unclosed}\"\n"),
            ("content/timeline/t.yml", $"- id: e\n  date: 2022-04-01\n  title: E\n  summary: \"{Repeat(">", 200)} x\"\n"));
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        var printed = TestSite.Printed(result);
        Assert.Contains(printed, d => d.StartsWith("content/glossary/g.yml:1:7: error MD002: the definition of 't': ", StringComparison.Ordinal));
        Assert.Contains(printed, d => d.StartsWith("content/timeline/t.yml:1:7: error MD002: the summary of event 'e': ", StringComparison.Ordinal));
        Assert.False(result.Succeeded);
    }
}
