using System.Text.Json;
using Briefings.Search;
using Briefings.Tests.Support;

namespace Briefings.Tests.Search;

/// <summary>
/// On a site of thousands of briefings, every briefing, term and event is in the index under every word of its title,
/// and a first query from disk loads at most 300 kB (page, styles, scripts and index files together).
/// </summary>
public sealed class SearchScaleTests(SearchScaleSite site) : IClassFixture<SearchScaleSite>
{
    public const int FirstQueryBudget = 300 * 1024;

    private static JsonElement Payload(string file)
    {
        var text = File.ReadAllText(file);
        var start = text.IndexOf(',', StringComparison.Ordinal) + 1;
        Assert.StartsWith(SearchFiles.Callback + "(\"", text, StringComparison.Ordinal);
        return JsonDocument.Parse(text[start..text.LastIndexOf(')')]).RootElement;
    }

    [Fact]
    public void Every_document_is_found_by_every_word_of_its_title()
    {
        var folder = Path.Combine(site.Output, "search");
        var documents = new List<(string Url, string Title)>();
        var textFiles = Directory.GetFiles(Path.Combine(folder, "f"), "*.js").OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f))).ToList();
        foreach (var file in textFiles)
        {
            foreach (var doc in Payload(file).EnumerateArray()) documents.Add((doc[0].GetString()!, doc[1].GetString()!));
        }
        var postings = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "i"), "*.js"))
        {
            foreach (var entry in Payload(file).EnumerateArray())
            {
                var docs = postings[entry[0].GetString()!] = [];
                var doc = 0;
                foreach (var value in entry[1].EnumerateArray())
                {
                    doc += value.GetInt32() >> 2;
                    docs.Add(doc);
                }
            }
        }

        // Every briefing page of the site is a document, and so is every term and event.
        var briefingPages = Directory.GetDirectories(Path.Combine(site.Output, "briefings")).Select(d => $"briefings/{Path.GetFileName(d)}/index.html").ToHashSet();
        Assert.Equal(site.BriefingCount, briefingPages.Count);
        Assert.True(briefingPages.SetEquals(documents.Where(d => d.Url.StartsWith("briefings/", StringComparison.Ordinal)).Select(d => d.Url)));
        Assert.Equal(site.BriefingCount + site.Terms + 2 * site.BriefingCount, documents.Count);

        var missing = documents.Select((d, id) => (d, id))
            .SelectMany(x => SearchKeys.Of(x.d.Title).Where(key => !postings.TryGetValue(key, out var docs) || !docs.Contains(x.id)).Select(key => $"{x.d.Url} under '{key}'"))
            .Take(10).ToList();
        Assert.True(missing.Count == 0, "not in the index: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("Tachkent")]
    [InlineData("sanctions")]
    [InlineData("Bélarus")]
    [InlineData("note 1234")]
    public async Task A_first_query_from_disk_loads_at_most_300_kB(string query)
    {
        await using var browser = await Chromium.LaunchAsync(fileAccess: false);
        var page = await browser.Browser.NewPageAsync();
        // Every file the page asked for, as the browser saw it (fonts and images included), and every script and stylesheet in it.
        var requested = new List<string>();
        page.Request += (_, request) => { lock (requested) requested.Add(request.Url); };
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "search", "index.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString(query));
        await page.WaitForSelectorAsync(".search-result");
        var inPage = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('script[src]')].map(s => s.src).concat([...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.href))");
        List<string> loaded;
        lock (requested) loaded = [.. requested, .. inPage];
        var files = loaded.Select(url => new Uri(url).LocalPath).Distinct().ToList();
        Assert.Contains(files, f => f.EndsWith("/search/meta.js", StringComparison.Ordinal));
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var index = files.Where(f => f.Contains("/search/", StringComparison.Ordinal) && f.EndsWith(".js", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);
        Assert.True(bytes <= FirstQueryBudget, $"'{query}' loaded {bytes:N0} bytes ({index:N0} of index) in {files.Count} files: {string.Join(", ", files.Select(Path.GetFileName))}");
        if (site.Report is { } report)
        {
            lock (site) File.AppendAllText(report, $"{query}\t{bytes}\t{index}\t{files.Count}\t{string.Join(' ', files.Select(f => Path.GetRelativePath(site.Output, f)))}\n");
        }
    }
}
