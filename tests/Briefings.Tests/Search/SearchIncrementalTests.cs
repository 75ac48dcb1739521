using Briefings.Bench;
using Briefings.Configuration;
using Briefings.Output;
using Briefings.Search;
using Briefings.Tests.Support;

namespace Briefings.Tests.Search;

/// <summary>A rebuild with the cache and the last output keeps the index in step with the content: an edited word is
/// found at once, a removed one no longer, and only the index files that changed are written again.</summary>
public sealed class SearchIncrementalTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string Site => _temp.Combine("site");
    private string Output => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    private FolderBuildResult Build() => FolderBuild.Run(Site, Output, BuildOptions.Default, strict: false);

    private string IndexText() => string.Concat(Directory.GetFiles(Path.Combine(Output, "search"), "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));

    private Dictionary<string, DateTime> Times() => Directory.GetFiles(Path.Combine(Output, "search"), "*.js", SearchOption.AllDirectories)
        .ToDictionary(f => f, File.GetLastWriteTimeUtc);

    [Fact]
    public void An_edited_body_is_searched_as_it_now_reads_and_a_switched_off_search_leaves_no_file()
    {
        SiteGenerator.Write(Site, briefings: 40, terms: 10, events: 80, seed: 7);
        Assert.Equal(FolderBuildOutcome.Built, Build().Outcome);
        Assert.DoesNotContain("\"zanzibarienne\"", IndexText(), StringComparison.Ordinal);
        var before = Times();
        Thread.Sleep(20);

        var note = Path.Combine(Site, "content", "briefings", "note-5.md");
        File.AppendAllText(note, "\nUne frappe zanzibariennes.\n");
        Assert.Equal(FolderBuildOutcome.Built, Build().Outcome);
        var key = SearchKeys.Of("zanzibariennes").Single();
        Assert.Contains($"[\"{key}\",", IndexText(), StringComparison.Ordinal);
        var rewritten = Times().Where(t => !before.TryGetValue(t.Key, out var time) || time != t.Value).Select(t => Path.GetRelativePath(Output, t.Key)).ToList();
        // meta.js, the key files around the new key and those whose postings moved, the note's own text file: not the whole index.
        Assert.Contains("search/f/" + TextFileOf(Output, "briefings/note-5/index.html") + ".js", rewritten);
        Assert.True(rewritten.Count < before.Count / 2, $"{rewritten.Count} of {before.Count} index files rewritten: {string.Join(", ", rewritten)}");

        File.WriteAllText(note, File.ReadAllText(note).Replace("Une frappe zanzibariennes.", "", StringComparison.Ordinal));
        Build();
        Assert.DoesNotContain($"[\"{key}\",", IndexText(), StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(Site, "content", "site.yml"), "search: false\n");
        Assert.Equal(FolderBuildOutcome.Built, Build().Outcome);
        Assert.False(Directory.Exists(Path.Combine(Output, "search")));
        Assert.DoesNotContain("search-box", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
    }

    private static string TextFileOf(string output, string url) =>
        Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(output, "search", "f")).Single(f => File.ReadAllText(f).Contains($"\"{url}\"", StringComparison.Ordinal)));
}
