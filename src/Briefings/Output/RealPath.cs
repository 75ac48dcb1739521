namespace Briefings.Output;

/// <summary>
/// The path the kernel would reach: every symbolic link resolved, in every component, as <c>realpath(3)</c> does,
/// but also for paths whose end does not exist yet (resolved up to the last existing component, the rest appended).
/// <see cref="Path.GetFullPath(string)"/> only folds <c>.</c> and <c>..</c> as text, so <c>link/..</c> and a link to
/// the site compare wrongly; refusals compare these paths instead.
/// </summary>
public static class RealPath
{
    /// <summary>Linux's own limit on links followed in one lookup (MAXSYMLINKS); past it the kernel says ELOOP.</summary>
    public const int MaxLinks = 40;

    /// <summary>Ordinal on Linux; case-insensitive where the usual file systems are (Windows, macOS): an approximation, per volume in truth.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <returns>False when following the links never ends (a loop, or more than <see cref="MaxLinks"/> of them).</returns>
    public static bool TryResolve(string path, out string real)
    {
        // Not GetFullPath: it folds 'link/..' as text, where the kernel goes to the link target's parent.
        var full = Path.IsPathFullyQualified(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Split(full[root.Length..]).Reverse());
        var resolved = root;
        var links = 0;
        var existing = true;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }
            var next = Path.Combine(resolved, part);
            string? target = null;
            if (existing)
            {
                var info = new FileInfo(next);
                existing = info.Exists || Directory.Exists(next) || info.LinkTarget is not null;
                target = existing ? info.LinkTarget : null;
            }
            if (target is null)
            {
                resolved = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                real = full;
                return false;
            }
            // The link's text replaces this component: absolute from its root, relative from the folder holding the link.
            foreach (var piece in Split(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse()) pending.Push(piece);
            if (Path.IsPathRooted(target)) resolved = Path.GetPathRoot(Path.GetFullPath(target))!;
        }
        real = Trim(resolved);
        return true;
    }

    /// <summary>Resolves, or falls back on the full path when links loop (the caller refuses loops where it matters).</summary>
    public static string Of(string path) => TryResolve(path, out var real) ? real : Trim(Path.GetFullPath(path));

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies somewhere inside it (both resolved).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        if (string.Equals(path, folder, Comparison)) return true;
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, Comparison);
    }

    /// <summary>A full path without a trailing separator, except a root.</summary>
    public static string Trim(string full)
    {
        var root = Path.GetPathRoot(full) ?? "";
        return full.Length > root.Length ? full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : full;
    }

    private static string[] Split(string relative) =>
        relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
