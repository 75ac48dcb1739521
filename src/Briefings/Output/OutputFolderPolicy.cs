namespace Briefings.Output;

/// <summary>
/// Refuses output folders whose replacement would destroy something, whatever <c>--force</c> says: the site folder,
/// anything inside <c>content/</c>, <c>templates/</c>, <c>static/</c> or the build cache (or holding one of them),
/// any folder holding the site, the current folder or a home folder, a filesystem root, a mount point. Compared on
/// real paths (<see cref="RealPath"/>), so a symbolic link to one of these is refused as the folder itself.
/// </summary>
public static class OutputFolderPolicy
{
    /// <summary>The folders of a site that a build reads and never writes.</summary>
    public static IReadOnlyList<string> InputFolders { get; } = ["content", "templates", "static", Caching.BuildCache.FolderName];

    /// <returns>Why the folder is refused, or null when it is safe to replace.</returns>
    public static string? Check(string siteFolder, string outputFolder) => Check(siteFolder, outputFolder, OutputSafety.OfThisMachine());

    public static string? Check(string siteFolder, string outputFolder, OutputSafety safety)
    {
        if (!RealPath.TryResolve(outputFolder, out var output)) return $"the output folder '{outputFolder}' is a loop of symbolic links";
        var site = RealPath.Of(siteFolder);
        var named = string.Equals(RealPath.Trim(Path.GetFullPath(outputFolder)), output, RealPath.Comparison)
            ? $"the output folder '{outputFolder}'"
            : $"the output folder '{outputFolder}' (really '{output}')";

        if (string.Equals(Path.GetPathRoot(output), output, RealPath.Comparison)) return $"{named} is a filesystem root";
        if (File.Exists(output)) return $"{named} is a file, not a folder";
        if (string.Equals(output, site, RealPath.Comparison)) return $"{named} is the site folder itself";
        foreach (var input in InputFolders)
        {
            var protectedFolder = RealPath.Of(Path.Combine(site, input));
            if (RealPath.IsSameOrInside(output, protectedFolder)) return $"{named} is inside the site's {input}/ folder";
            if (RealPath.IsSameOrInside(protectedFolder, output)) return $"{named} holds the site's {input}/ folder, which the build would delete";
        }
        if (RealPath.IsSameOrInside(site, output)) return $"{named} holds the site folder";
        var current = RealPath.Of(safety.CurrentFolder);
        if (string.Equals(output, current, RealPath.Comparison)) return $"{named} is the current folder";
        if (RealPath.IsSameOrInside(current, output)) return $"{named} holds the current folder";
        foreach (var home in safety.HomeFolders.Select(RealPath.Of))
        {
            if (string.Equals(output, home, RealPath.Comparison)) return $"{named} is a home folder";
            if (RealPath.IsSameOrInside(home, output)) return $"{named} holds the home folder '{home}'";
        }
        if (safety.MountPoints.Contains(output)) return $"{named} is a mount point, which cannot be replaced by renaming; write into a folder inside it";
        return null;
    }
}
