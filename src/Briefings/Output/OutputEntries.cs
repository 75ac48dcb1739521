namespace Briefings.Output;

/// <summary>Entries of a folder as rename(2) sees them: a symbolic link is an entry of its own, never followed.</summary>
internal static class OutputEntries
{
    public static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>A folder, not a link to one.</summary>
    public static bool IsFolder(string path) => Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null;

    public static bool IsFile(string path) => File.Exists(path) && new FileInfo(path).LinkTarget is null;

    /// <summary>Renames a file, link or folder; the folder that will hold it is made first.</summary>
    public static void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        if (IsFolder(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }

    /// <summary>Deletes a folder and what it holds; a failure is left for the next build, which tries again.</summary>
    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
