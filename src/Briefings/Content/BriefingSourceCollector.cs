using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>Pairs the files of <c>content/briefings/</c> into briefings and reports the ones that do not pair.</summary>
public static class BriefingSourceCollector
{
    public const string Folder = "content/briefings";

    public static IReadOnlyList<BriefingSource> Collect(SiteInput input, DiagnosticBag diagnostics)
    {
        var byStem = new SortedDictionary<string, (InputFile? Md, InputFile? Txt, InputFile? Yml)>(StringComparer.Ordinal);
        foreach (var file in input.Under(Folder))
        {
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
            var name = Path.GetFileName(stem);
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
        }
        return sources;
    }
}
