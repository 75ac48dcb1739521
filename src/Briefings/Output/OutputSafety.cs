namespace Briefings.Output;

/// <summary>
/// What the output refusals are measured against, besides the site: the folder the build runs in, the home
/// folders and the mount points. The machine's by default; tests give their own.
/// </summary>
public sealed record OutputSafety(string CurrentFolder, IReadOnlyList<string> HomeFolders, IReadOnlySet<string> MountPoints)
{
    public static OutputSafety OfThisMachine() =>
        new(Directory.GetCurrentDirectory(), Output.HomeFolders.OfThisMachine(), Output.MountPoints.OfThisMachine());
}
