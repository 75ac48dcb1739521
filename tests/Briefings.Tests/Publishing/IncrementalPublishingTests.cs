using Briefings.Bench;
using Briefings.Output;
using Briefings.Tests.Support;
using static Briefings.Tests.Publishing.PublishingSupport;

namespace Briefings.Tests.Publishing;

/// <summary>An incremental build keeps feeds, sitemap and JSON-LD as a clean build writes them: a feed changes with any of its briefings.</summary>
public sealed class IncrementalPublishingTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string Site => _temp.Combine("site");
    private string Output => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void After_each_edit_the_incremental_feeds_and_sitemap_are_those_of_a_clean_build()
    {
        SiteGenerator.Write(Site, briefings: 80, terms: 20, events: 120, seed: 21);
        var briefings = Path.Combine(Site, "content", "briefings");
        Assert.Equal(FolderBuildOutcome.Built, Build().Outcome);
        var unchanged = Build();
        Assert.Equal((0, 0), (unchanged.Rendered, unchanged.Rewritten));

        var edits = new (string What, Action Edit, string Seen)[]
        {
            ("a new briefing", () => File.WriteAllText(Path.Combine(briefings, "nouvelle.md"),
                "---\ntitle: Toute nouvelle\ndate: 2030-01-01\ntags: [Neuf]\n---\nUn texte neuf.\n"), "Toute nouvelle"),
            ("its body edited", () => File.WriteAllText(Path.Combine(briefings, "nouvelle.md"),
                "---\ntitle: Toute nouvelle\ndate: 2030-01-01\ntags: [Neuf]\n---\nUn texte revu.\n"), "Un texte revu."),
            ("its title edited", () => File.WriteAllText(Path.Combine(briefings, "nouvelle.md"),
                "---\ntitle: Titre revu\ndate: 2030-01-01\ntags: [Neuf]\n---\nUn texte revu.\n"), "Titre revu"),
            ("it is deleted", () => File.Delete(Path.Combine(briefings, "nouvelle.md")), ""),
        };
        for (var i = 0; i < edits.Length; i++)
        {
            var (what, edit, seen) = edits[i];
            edit();
            Assert.Equal(FolderBuildOutcome.Built, Build().Outcome);
            var clean = _temp.Combine($"clean-{i}");
            Assert.Equal(FolderBuildOutcome.Built, FolderBuild.Run(Site, clean, WithBase, strict: false, useCache: false).Outcome);
            OutputComparison.AssertIdentical(Read(clean), Output, $"the clean build after {what}", "the incremental build");
            var feed = File.ReadAllText(Path.Combine(Output, "feed.xml"));
            if (seen.Length > 0) Assert.Contains(seen, feed);
            Assert.Equal(seen.Length > 0, File.Exists(Path.Combine(Output, "tags", "neuf", "feed.xml")));
        }
    }

    private FolderBuildResult Build() => FolderBuild.Run(Site, Output, WithBase, strict: false);

    private static Dictionary<string, byte[]> Read(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
