using System.Text;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Glossary;

namespace Briefings.Import;

/// <summary>
/// <c>briefings import</c>: copies each article byte for byte to <c>content/briefings/&lt;slug&gt;.txt</c> and writes its
/// sidecar. Everything is checked before anything is written (each file readable, UTF-8 text, of a known language, its
/// slug taken by no briefing and by no other input), so a failed import leaves the site as it was; an existing briefing
/// is never overwritten, even by one created in the meantime (files are created, never replaced).
/// </summary>
public static class ArticleImporter
{
    private static readonly string[] BriefingExtensions = [".md", ".markdown", ".txt", ".yml", ".yaml"];

    public static ImportResult Import(IReadOnlyList<string> inputs, string siteFolder, ImportOptions options)
    {
        var content = Path.Combine(siteFolder, "content");
        if (!Directory.Exists(content))
        {
            return Failed($"no site in {siteFolder}: there is no content/ folder there; run the command in a site's folder or give --source DIR");
        }
        var briefings = Path.Combine(siteFolder, BriefingSourceCollector.Folder);
        var glossary = LoadGlossary(siteFolder);
        var existing = ExistingSlugs(briefings, siteFolder);

        var errors = new List<string>();
        var planned = new List<(string Input, byte[] Bytes, ImportedArticle Article, string Sidecar)>();
        var briefingsFull = Path.GetFullPath(briefings).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var input in inputs)
        {
            // Left there, the article would be a second, sidecar-less briefing beside its copy: the build refuses that.
            if (Path.GetFullPath(input).StartsWith(briefingsFull, StringComparison.Ordinal))
            {
                errors.Add($"{input}: the article is already inside {BriefingSourceCollector.Folder}/; move it elsewhere and import it from there (import copies it in)");
                continue;
            }
            if (Prepare(input, briefings, options, glossary, out var error) is not { } prepared)
            {
                errors.Add(error!);
                continue;
            }
            var slug = prepared.Article.Slug;
            if (existing.TryGetValue(slug, out var path))
            {
                errors.Add($"{input}: a briefing with the address '{slug}' already exists ({path}); nothing was imported. " +
                    "Remove or rename that briefing first, or edit the title line of the article (its slug comes from the title)");
                continue;
            }
            if (planned.FirstOrDefault(p => p.Article.Slug == slug) is { Input: { } other })
            {
                errors.Add($"{input}: it would be the same briefing as {other} ('{slug}', from their titles); import them one at a time, after renaming one");
                continue;
            }
            planned.Add((input, prepared.Bytes, prepared.Article, prepared.Sidecar));
        }
        if (errors.Count > 0) return new ImportResult(errors, []);

        Directory.CreateDirectory(briefings);
        var written = new List<string>();
        try
        {
            foreach (var (_, bytes, article, sidecar) in planned)
            {
                Create(article.TextPath, bytes, written);
                Create(article.SidecarPath, new UTF8Encoding(false).GetBytes(sidecar), written);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Created with CreateNew: what is deleted here is only what this import wrote.
            foreach (var file in written) File.Delete(file);
            return Failed($"{e.Message}; nothing was imported");
        }
        return new ImportResult([], planned.Select(p => p.Article).ToList());
    }

    private static ImportResult Failed(string error) => new([error], []);

    private static void Create(string path, byte[] bytes, List<string> written)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        written.Add(path);
        stream.Write(bytes);
    }

    private static (byte[] Bytes, ImportedArticle Article, string Sidecar)? Prepare(string input, string briefings, ImportOptions options, GlossaryIndex glossary, out string? error)
    {
        error = null;
        byte[] bytes;
        var (kind, size) = FileFacts.Of(input, follow: true);
        if (kind is not (FileKind.Regular or FileKind.Unknown))
        {
            // Opening a FIFO would wait for a writer forever; a folder or a device is no article.
            error = $"{input}: not a file ({kind.ToString().ToLowerInvariant()}); give the article's .txt file";
            return null;
        }
        if (size > InputFile.MaxBytes)
        {
            error = $"{input}: the file is larger than the {InputFile.MaxBytes / (1024 * 1024)} MiB a site file may have";
            return null;
        }
        try
        {
            bytes = File.ReadAllBytes(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{input}: cannot be read ({e.Message})";
            return null;
        }
        if (ArticleBytes.Decode(bytes, out var decodeError) is not { } text)
        {
            error = $"{input} {decodeError}";
            return null;
        }
        if (text.Trim().Length == 0)
        {
            error = $"{input}: the file is empty; there is nothing to import";
            return null;
        }
        var analysis = ArticleAnalyzer.Analyze(text, options, glossary);
        if (analysis.Language is null)
        {
            var d = analysis.Detected;
            error = $"{input}: cannot tell whether the article is French or English ({d.French} French and {d.English} English small words); " +
                "give --language fr or --language en";
            return null;
        }
        var slug = Text.Slug.FromOrHash(analysis.SourceLine?.Title ?? Path.GetFileNameWithoutExtension(input), "briefing");
        var sidecar = SidecarWriter.Write(analysis, slug, Path.GetFileName(input), options);
        var article = new ImportedArticle(input, slug, Path.Combine(briefings, slug + ".txt"), Path.Combine(briefings, slug + ".yml"), analysis);
        return (bytes, article, sidecar);
    }

    /// <summary>The slugs of the site's briefings (files and bundle folders alike), each with a path that shows it.</summary>
    private static Dictionary<string, string> ExistingSlugs(string briefings, string siteFolder)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(briefings)) return slugs;
        foreach (var entry in new DirectoryInfo(briefings).EnumerateFileSystemInfos())
        {
            string stem;
            if (entry is DirectoryInfo) stem = entry.Name;
            else if (BriefingExtensions.Contains(entry.Extension.ToLowerInvariant())) stem = Path.GetFileNameWithoutExtension(entry.Name);
            else continue;
            slugs.TryAdd(Text.Slug.FromOrHash(stem, "briefing"), Path.GetRelativePath(siteFolder, entry.FullName));
        }
        return slugs;
    }

    /// <summary>The site's glossary, as far as it reads: a glossary with errors still names the terms it has.</summary>
    private static GlossaryIndex LoadGlossary(string siteFolder)
    {
        var input = SiteReader.Read(siteFolder);
        var terms = GlossaryLoader.Load(input, new DiagnosticBag());
        return terms.Count == 0 ? GlossaryIndex.Empty : new GlossaryIndex(terms);
    }
}
