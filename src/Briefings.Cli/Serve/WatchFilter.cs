using Briefings.Content;

namespace Briefings.Cli.Serve;

/// <summary>
/// Which changes under the site folder can change the site: anything in <c>content/</c> (site.yml included),
/// <c>templates/</c> and <c>static/</c>, except the files editors write beside the one being saved and take away again.
/// </summary>
public static class WatchFilter
{
    /// <param name="relative">The path under the site folder, with <c>/</c> or the system's separator.</param>
    public static bool IsRelevant(string relative)
    {
        var parts = relative.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !SiteReader.Folders.Contains(parts[0], StringComparer.Ordinal)) return false;
        if (parts.Length == 1) return true; // the folder itself came or went
        var inStatic = parts[0] == SiteReader.StaticFolder;
        foreach (var part in parts.AsSpan(1))
        {
            if (IsEditorScratch(part)) return false;
            // The build skips dotfiles outside static/ (static/ publishes .nojekyll, .well-known/).
            if (part.StartsWith('.') && !inStatic) return false;
        }
        return true;
    }

    /// <summary>Backups, swap files, lock files and temporary copies: vim's <c>a.md~</c>, <c>.a.md.swp</c> and its <c>4913</c> probe, Emacs's <c>.#a.md</c>, editors' <c>*.tmp</c>.</summary>
    public static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name == "4913" || name.StartsWith(".#", StringComparison.Ordinal)
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name == ".DS_Store";
}
