using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;

namespace Briefings.Tests.Support;

/// <summary>Writes front matter with <see cref="FrontMatterWriter"/> and reads it back with the real <see cref="BriefingParser"/>.</summary>
public static class FrontMatterRoundTrip
{
    private static readonly SiteConfig Config = SiteConfig.Fallback with { Language = "fr" };

    /// <summary>As the front matter of <c>content/briefings/note.md</c>.</summary>
    public static (BriefingFrontMatter? FrontMatter, IReadOnlyList<string> Diagnostics) ThroughMarkdown(BriefingFrontMatter frontMatter) =>
        Parse(new BriefingSource("note", InputFile.FromText("content/briefings/note.md", FrontMatterWriter.ToFrontMatterBlock(frontMatter) + "Corps.\n"), null, null));

    /// <summary>As <c>content/briefings/note.yml</c>, the sidecar of <c>note.txt</c>.</summary>
    public static (BriefingFrontMatter? FrontMatter, IReadOnlyList<string> Diagnostics) ThroughSidecar(BriefingFrontMatter frontMatter) =>
        Parse(new BriefingSource("note", null, InputFile.FromText("content/briefings/note.txt", "Texte.\n"),
            InputFile.FromText("content/briefings/note.yml", FrontMatterWriter.ToYaml(frontMatter))));

    /// <summary>Fails with the YAML written and the diagnostics unless both ways give back an equal record without a word.</summary>
    public static void AssertRoundTrips(BriefingFrontMatter frontMatter)
    {
        foreach (var (way, read) in new[] { ("markdown", ThroughMarkdown(frontMatter)), ("sidecar", ThroughSidecar(frontMatter)) })
        {
            var why = $"{way}:\n{FrontMatterWriter.ToYaml(frontMatter)}\n{string.Join('\n', read.Diagnostics)}";
            Assert.True(read.Diagnostics.Count == 0, why);
            // Text is read in composed form (NFC): what was written decomposed comes back composed, the same text; that
            // record must then round-trip exactly.
            var written = FrontMatterWriter.ToYaml(frontMatter);
            if (Content.TextDecoder.Composed(written) == written)
            {
                Assert.True(frontMatter == read.FrontMatter, $"{why}\nwritten: {frontMatter}\nread:    {read.FrontMatter}");
            }
            else
            {
                Assert.NotNull(read.FrontMatter);
                var again = way == "markdown" ? ThroughMarkdown(read.FrontMatter) : ThroughSidecar(read.FrontMatter);
                Assert.True(again.Diagnostics.Count == 0 && read.FrontMatter == again.FrontMatter, $"{why}\ncomposed: {read.FrontMatter}\nread:     {again.FrontMatter}");
            }
        }
    }

    private static (BriefingFrontMatter?, IReadOnlyList<string>) Parse(BriefingSource source)
    {
        var diagnostics = new DiagnosticBag();
        var briefing = BriefingParser.Parse(source, Config, diagnostics);
        return (briefing?.FrontMatter, diagnostics.ToSortedList().Select(d => d.ToString()).ToList());
    }
}
