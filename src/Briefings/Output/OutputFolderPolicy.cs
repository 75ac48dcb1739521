namespace Briefings.Output;

/// <summary>
/// Refuses output folders whose replacement would destroy something: the site folder itself, a
/// folder that holds (or lies inside) <c>content/</c>, <c>templates/</c> or the build cache, a filesystem root, a home folder.
/// </summary>
public static class OutputFolderPolicy
{
    /// <returns>Why the folder is refused, or null when it is safe to replace.</returns>
    public static string? Check(string siteFolder, string outputFolder)
    {
        var site = Normalize(siteFolder);
        var output = Normalize(outputFolder);

        if (Path.GetPathRoot(output) == output + Path.DirectorySeparatorChar || output == Path.GetPathRoot(output))
            return $"the output folder '{outputFolder}' is a filesystem root";
        foreach (var home in HomeFolders())
        {
            if (output == home) return $"the output folder '{outputFolder}' is a home folder";
        }
        if (output == site) return $"the output folder '{outputFolder}' is the site folder itself";
        foreach (var input in (string[])["content", "templates", Caching.BuildCache.FolderName])
        {
            var protectedFolder = Normalize(Path.Combine(site, input));
            if (IsSameOrInside(protectedFolder, output))
                return $"the output folder '{outputFolder}' holds the site's {input}/ folder, which the build would delete";
            if (IsSameOrInside(output, protectedFolder))
                return $"the output folder '{outputFolder}' is inside the site's {input}/ folder";
        }
        if (IsSameOrInside(site, output)) return $"the output folder '{outputFolder}' holds the site folder";
        return null;
    }

    private static IEnumerable<string> HomeFolders()
    {
        foreach (var candidate in new[] { Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), Environment.GetEnvironmentVariable("HOME") })
        {
            if (!string.IsNullOrEmpty(candidate)) yield return Normalize(candidate);
        }
    }

    private static string Normalize(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full);
        return full.Length > (root?.Length ?? 0) ? full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : full;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies somewhere inside it.</summary>
    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
