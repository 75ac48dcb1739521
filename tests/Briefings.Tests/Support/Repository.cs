namespace Briefings.Tests.Support;

/// <summary>Finds the repository root, so tests read fixtures and golden files where they are reviewed.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefings.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Briefings.sln not found above " + AppContext.BaseDirectory);
    }
}
