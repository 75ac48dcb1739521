using System.IO.Enumeration;

namespace Briefings.Output;

/// <summary>Looks at an output folder before a build replaces it: what is the builds', what <c>keep:</c> keeps, what is someone else's.</summary>
public static class OutputOwnership
{
    /// <param name="output">The output's real path.</param>
    /// <param name="siteId">This site's <see cref="OwnershipManifest.SiteId"/>.</param>
    /// <param name="insideSite">True when the output lies inside the site folder: then a manifest of the site before it moved is its own.</param>
    /// <param name="cacheFiles">What the build cache says the last build wrote here, if anything (folders written before manifests existed).</param>
    public static OutputInspection Inspect(string output, string siteId, bool insideSite, KeepPatterns keep, IEnumerable<string>? cacheFiles)
    {
        if (!Directory.Exists(output)) return OutputInspection.Missing;
        var manifest = OwnershipManifest.Read(output);
        var owned = new HashSet<string>(manifest?.Files ?? [], StringComparer.Ordinal);
        if (cacheFiles is not null) owned.UnionWith(cacheFiles);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in owned)
        {
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1)) folders.Add(file[..slash]);
        }
        var kept = new List<string>();
        var foreign = new List<string>();
        Visit(output, "", owned, folders, keep, kept, foreign);
        kept.Sort(StringComparer.Ordinal);
        foreign.Sort(StringComparer.Ordinal);
        var otherSite = manifest is not null && manifest.Site != siteId && !insideSite;
        return new OutputInspection(true, owned, kept, foreign, otherSite);
    }

    /// <summary>
    /// One folder's entries, from the directory listing alone (no object, no link read per entry: an output holds tens
    /// of thousands), descending only into folders that builds wrote; the lists are sorted at the end for messages.
    /// </summary>
    private static void Visit(string root, string prefix, HashSet<string> owned, HashSet<string> folders, KeepPatterns keep, List<string> kept, List<string> foreign)
    {
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        var entries = new FileSystemEnumerable<(string Name, bool IsFolder)>(Path.Combine(root, prefix),
            // A link to a folder is an entry of its own, never descended into: only a real folder is one.
            (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) == 0), options);
        foreach (var (name, isFolder) in entries)
        {
            var relative = prefix.Length == 0 ? name : $"{prefix}/{name}";
            if (relative is OwnershipManifest.FileName or SwapJournal.MarkerName) continue;
            if (isFolder && folders.Contains(relative)) Visit(root, relative, owned, folders, keep, kept, foreign);
            else if (!isFolder && owned.Contains(relative)) continue;
            else if (keep.Matches(relative)) kept.Add(relative);
            else if (isFolder && IsEmptyTree(Path.Combine(root, relative))) continue; // nothing in it to lose
            else foreign.Add(isFolder ? relative + "/" : relative);
        }
    }

    private static bool IsEmptyTree(string folder) =>
        !Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = true })
            .Any(e => !Directory.Exists(e) || new DirectoryInfo(e).LinkTarget is not null);
}
