using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// Pairs the files of <c>content/briefings/</c> into briefings and reports the ones that do not pair. A folder holding
/// an <c>index.md</c> (or <c>index.txt</c> with <c>index.yml</c>) is a page bundle, as in Hugo: one briefing named after
/// the folder, every other file under it published beside its page.
/// </summary>
public static class BriefingSourceCollector
{
    public const string Folder = "content/briefings";

    public static IReadOnlyList<BriefingSource> Collect(SiteInput input, DiagnosticBag diagnostics)
    {
        var byStem = new SortedDictionary<string, (InputFile? Md, InputFile? Txt, InputFile? Yml)>(StringComparer.Ordinal);
        var files = input.Under(Folder).ToList();
        var bundles = Bundles(files);
        var attachments = new Dictionary<string, List<InputFile>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (BundleOf(file.Path, bundles) is { } bundle && !IsIndex(file.Path, bundle))
            {
                if (!attachments.TryGetValue(bundle, out var list)) attachments[bundle] = list = [];
                list.Add(file);
                continue;
            }
            var extension = Path.GetExtension(file.Path).ToLowerInvariant();
            var stem = file.Path[..^extension.Length];
            byStem.TryGetValue(stem, out var entry);
            switch (extension)
            {
                case ".md" or ".markdown": entry.Md = file; break;
                case ".txt": entry.Txt = file; break;
                case ".yml" or ".yaml": entry.Yml = file; break;
                default:
                    diagnostics.Warning(DiagnosticCodes.UnsupportedFile, SourceLocation.FileStart(file.Path),
                        "ignored: a briefing is a .md file, or a .txt file with a .yml sidecar");
                    continue;
            }
            byStem[stem] = entry;
        }

        var sources = new List<BriefingSource>();
        foreach (var (stem, (md, txt, yml)) in byStem)
        {
            var folder = stem[..stem.LastIndexOf('/')];
            var isBundle = stem.EndsWith("/index", StringComparison.Ordinal) && bundles.Contains(folder);
            // A bundle's briefing is named after its folder: its slug, and how other briefings link to it.
            var name = TextDecoder.Composed(Path.GetFileName(isBundle ? folder : stem)); // as macOS may name it: links are written composed
            var sourceCount = sources.Count;
            if (md is not null)
            {
                sources.Add(new BriefingSource(name, md, null, null));
                if (txt is not null) diagnostics.Error(DiagnosticCodes.DuplicateSlug, SourceLocation.FileStart(txt.Path), $"two articles named '{name}': {md.Path} and this file");
                if (yml is not null && txt is null) diagnostics.Error(DiagnosticCodes.OrphanSidecar, SourceLocation.FileStart(yml.Path), $"a .yml sidecar belongs to a .txt article; {md.Path} has its metadata in front matter");
            }
            else if (txt is not null && yml is not null)
            {
                sources.Add(new BriefingSource(name, null, txt, yml));
            }
            else if (txt is not null)
            {
                diagnostics.Error(DiagnosticCodes.MissingSidecar, SourceLocation.FileStart(txt.Path), $"a plain-text article needs its metadata in {stem}.yml");
            }
            else if (yml is not null && !input.WasRefused(stem + ".txt"))
            {
                diagnostics.Error(DiagnosticCodes.OrphanSidecar, SourceLocation.FileStart(yml.Path), $"no article for this metadata: expected {stem}.txt beside it");
            }
            if (isBundle && sources.Count > sourceCount)
            {
                sources[^1] = sources[^1] with { Bundle = folder, Attachments = attachments.GetValueOrDefault(folder) ?? [] };
            }
        }
        return sources;
    }

    private static readonly string[] IndexNames = ["index.md", "index.markdown", "index.txt"];

    /// <summary>The folders (below <c>content/briefings/</c> itself) that hold an index file.</summary>
    private static HashSet<string> Bundles(List<InputFile> files)
    {
        var bundles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var slash = file.Path.LastIndexOf('/');
            if (slash > Folder.Length && IndexNames.Contains(file.Path[(slash + 1)..])) bundles.Add(file.Path[..slash]);
        }
        return bundles;
    }

    /// <summary>The outermost bundle a file lies in, or null: a bundle inside a bundle is only files of the outer one.</summary>
    private static string? BundleOf(string path, HashSet<string> bundles)
    {
        if (bundles.Count == 0) return null;
        for (var slash = path.IndexOf('/', Folder.Length + 1); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (bundles.Contains(path[..slash])) return path[..slash];
        }
        return null;
    }

    private static bool IsIndex(string path, string bundle) =>
        path.LastIndexOf('/') == bundle.Length && path[(bundle.Length + 1)..] is "index.md" or "index.markdown" or "index.txt" or "index.yml" or "index.yaml";
}
