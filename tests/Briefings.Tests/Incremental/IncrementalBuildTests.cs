using System.Text.RegularExpressions;
using Briefings.Bench;
using Briefings.Caching;
using Briefings.Configuration;
using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.Incremental;

/// <summary>
/// A build that reuses the cache and the last output writes exactly what a clean build writes, after any series
/// of edits; rewrites only the files whose bytes changed; and leaves the output as it was when it fails.
/// </summary>
public sealed partial class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string Site => _temp.Combine("site");
    private string Output => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void After_random_edits_an_incremental_build_writes_what_a_clean_build_writes(int seed)
    {
        SiteGenerator.Write(Site, briefings: 120, terms: 40, events: 240, seed: seed);
        var random = new Random(seed);
        Assert.Equal(FolderBuildOutcome.Built, Build().Outcome);
        var added = new List<string>();
        var log = new List<string>();
        for (var step = 0; step < 9; step++)
        {
            if (_repairs.Count > 0)
            {
                foreach (var repair in _repairs) repair();
                _repairs.Clear();
                log.Add("undo the breakage");
            }
            log.Add(Edit(random, added));
            var before = Snapshot(Output);
            var incremental = Build();
            var clean = FolderBuild.Run(Site, _temp.Combine($"clean-{step}"), BuildOptions.Default, strict: false, useCache: false);
            var context = $"after {string.Join(", then ", log)}";
            Assert.True(clean.Outcome == incremental.Outcome, $"{context}: the clean build {clean.Outcome}, the incremental one {incremental.Outcome}");
            if (clean.Outcome != FolderBuildOutcome.Built)
            {
                AssertUnchanged(before, Output, context);
                continue;
            }
            OutputComparison.AssertIdentical(Read(_temp.Combine($"clean-{step}")), Output, $"the clean build ({context})", "the incremental build");
            AssertOnlyChangedFilesRewritten(before, context);
        }
    }

    [Fact]
    public void An_unchanged_site_renders_and_rewrites_nothing()
    {
        SiteGenerator.Write(Site, briefings: 60, terms: 20, events: 120, seed: 4);
        Build();
        var before = Snapshot(Output);
        var again = Build();
        Assert.Equal((0, 0), (again.Rendered, again.Rewritten));
        AssertUnchanged(before, Output, "a second build");
    }

    [Fact]
    public void A_file_changed_by_hand_in_the_output_is_written_again()
    {
        SiteGenerator.Write(Site, briefings: 30, terms: 10, events: 60, seed: 5);
        Build();
        var page = Path.Combine(Output, "briefings", "note-3", "index.html");
        var original = File.ReadAllBytes(page);
        File.WriteAllText(page, "defaced");
        var again = Build();
        Assert.Equal(1, again.Rewritten);
        Assert.Equal(original, File.ReadAllBytes(page));
    }

    [Fact]
    public void A_deleted_briefing_loses_its_page_and_its_empty_folder()
    {
        SiteGenerator.Write(Site, briefings: 30, terms: 10, events: 60, seed: 6);
        File.WriteAllText(Path.Combine(Site, "content", "briefings", "extra.md"), "---\ntitle: Extra\ndate: 2024-01-02\n---\nA text.\n");
        Build();
        Assert.True(File.Exists(Path.Combine(Output, "briefings", "extra", "index.html")));
        File.Delete(Path.Combine(Site, "content", "briefings", "extra.md"));
        Assert.Equal(FolderBuildOutcome.Built, Build().Outcome);
        Assert.False(Directory.Exists(Path.Combine(Output, "briefings", "extra")));
    }

    [Fact]
    public void A_damaged_cache_is_set_aside_with_a_warning_and_the_site_is_still_right()
    {
        SiteGenerator.Write(Site, briefings: 40, terms: 10, events: 80, seed: 8);
        Build();
        var cache = Path.Combine(Site, BuildCache.FolderName);
        var index = Path.Combine(cache, "index.bin");
        var bytes = File.ReadAllBytes(index);
        foreach (var damage in new Func<byte[], byte[]>[]
        {
            b => b[..(b.Length / 2)],                                   // cut short
            b => [.. b.Select((x, i) => i % 97 == 50 ? (byte)~x : x)],  // flipped bits
            _ => [],                                                    // empty
            _ => "not a cache"u8.ToArray(),
        })
        {
            File.WriteAllBytes(index, damage(bytes));
            File.AppendAllText(Path.Combine(Site, "content", "briefings", "note-1.md"), "\nOne more line.\n");
            var result = Build();
            Assert.Equal(FolderBuildOutcome.Built, result.Outcome);
            Assert.Contains(result.Build!.Diagnostics, d => d.Code == "CACHE001");
            var clean = FolderBuild.Run(Site, _temp.Combine("clean"), BuildOptions.Default, strict: false, useCache: false);
            OutputComparison.AssertIdentical(Read(_temp.Combine("clean")), Output, "a clean build", "a build with a damaged cache");
            Directory.Delete(_temp.Combine("clean"), recursive: true);
            bytes = File.ReadAllBytes(index);
        }
        // A body store cut short: its bodies are found wanting before any page needs them, and made again.
        foreach (var store in Directory.GetFiles(cache, "bodies-*.dat")) File.WriteAllBytes(store, []);
        var afterCut = Build();
        Assert.True(afterCut.Build is not null, afterCut.Outcome + " " + afterCut.Message);
        Assert.Contains(afterCut.Build!.Diagnostics, d => d.Code == "CACHE001");
    }

    private FolderBuildResult Build() => FolderBuild.Run(Site, Output, BuildOptions.Default, strict: false);

    /// <summary>One random edit of the kinds an editor makes; returns what it did.</summary>
    private string Edit(Random random, List<string> added)
    {
        var briefings = Path.Combine(Site, "content", "briefings");
        var note = Path.Combine(briefings, $"note-{random.Next(120)}.md");
        switch (random.Next(10))
        {
            case 0:
                File.AppendAllText(note, $"\nUn paragraphe ajouté, qui cite la Terme b et [une autre note](note-{random.Next(120)}.md).\n");
                return $"edit the body of {Path.GetFileName(note)}";
            case 1:
                Replace(note, TitleLine(), $"title: Un titre nouveau {random.Next(1000)}");
                return $"retitle {Path.GetFileName(note)}";
            case 2:
                Replace(note, DateLine(), $"date: {2010 + random.Next(15)}-0{1 + random.Next(9)}-1{random.Next(10)}");
                return $"redate {Path.GetFileName(note)}";
            case 3:
                Replace(note, TagsLine(), $"tags: [Étiquette {random.Next(5)}, Balkans]");
                return $"retag {Path.GetFileName(note)}";
            case 4:
                var name = $"ajout-{added.Count}";
                File.WriteAllText(Path.Combine(briefings, name + ".md"),
                    $"---\ntitle: Ajout {added.Count}\ndate: 2024-0{1 + random.Next(9)}-10\ntags: [Balkans]\n---\nUn texte sur la Terme b.\n");
                added.Add(name);
                return $"add {name}.md";
            case 5 when added.Count > 0:
                var gone = added[random.Next(added.Count)];
                added.Remove(gone);
                File.Delete(Path.Combine(briefings, gone + ".md"));
                return $"delete {gone}.md";
            case 6 when added.Count > 0:
                var old = added[random.Next(added.Count)];
                var renamed = old + "-renomme";
                added[added.IndexOf(old)] = renamed;
                File.Move(Path.Combine(briefings, old + ".md"), Path.Combine(briefings, renamed + ".md"));
                return $"rename {old}.md to {renamed}.md";
            case 7:
                var glossary = Path.Combine(Site, "content", "glossary", "termes.yml");
                var term = random.Next(40);
                Replace(glossary, new Regex($"(?m)^  definition: Définition du terme {term},.*$"), $"  definition: Définition revue du terme {term}, {random.Next(1000)}.");
                return $"edit the definition of term {term}";
            case 8:
                var timeline = Path.Combine(Site, "content", "timeline", "evenements-000.yml");
                var id = random.Next(240);
                Replace(timeline, new Regex($"(?m)^(- id: evenement-{id}\\n  date: .*\\n)  title: .*$"), $"$1  title: Événement renommé {random.Next(1000)}");
                return $"retitle event {id}";
            case 9:
                // A briefing that breaks the build: the output must stay as it was.
                File.AppendAllText(note, "\n[un lien cassé](absente.md)\n");
                File.WriteAllText(Path.Combine(briefings, "casse.md"), "---\ntitle: [\n---\n");
                var fix = Path.Combine(briefings, "casse.md");
                return $"break the build ({Path.GetFileName(note)}, casse.md)" + RepairLater(fix, note);
        }
        return Edit(random, added);
    }

    private readonly List<Action> _repairs = [];

    /// <summary>A breaking edit is undone at the next one, so the series goes on building.</summary>
    private string RepairLater(string broken, string note)
    {
        var text = File.ReadAllText(note).Replace("\n[un lien cassé](absente.md)\n", "", StringComparison.Ordinal);
        _repairs.Add(() =>
        {
            File.Delete(broken);
            File.WriteAllText(note, text);
        });
        return "";
    }

    private static void Replace(string file, Regex pattern, string replacement)
    {
        var text = File.ReadAllText(file);
        var changed = pattern.Replace(text, replacement, 1);
        Assert.NotEqual(text, changed);
        File.WriteAllText(file, changed);
    }

    [GeneratedRegex("(?m)^title: .*$")]
    private static partial Regex TitleLine();

    [GeneratedRegex("(?m)^date: .*$")]
    private static partial Regex DateLine();

    [GeneratedRegex("(?m)^tags: .*$")]
    private static partial Regex TagsLine();

    private static Dictionary<string, byte[]> Read(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static Dictionary<string, (byte[] Bytes, DateTime Time)> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal);

    private static void AssertUnchanged(Dictionary<string, (byte[] Bytes, DateTime Time)> before, string folder, string context)
    {
        var after = Snapshot(folder);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, (bytes, time)) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path].Bytes) && time == after[path].Time, $"{context}: {path} was rewritten");
        }
    }

    private void AssertOnlyChangedFilesRewritten(Dictionary<string, (byte[] Bytes, DateTime Time)> before, string context)
    {
        foreach (var (path, (bytes, time)) in Snapshot(Output))
        {
            if (before.TryGetValue(path, out var old) && old.Bytes.AsSpan().SequenceEqual(bytes))
            {
                Assert.True(old.Time == time, $"{context}: {path} was rewritten with the same bytes");
            }
        }
    }
}
