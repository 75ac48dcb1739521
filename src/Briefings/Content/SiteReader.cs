namespace Briefings.Content;

/// <summary>Reads a site folder from disk. With the writer, the only code that touches the file system.</summary>
public static class SiteReader
{
    public static readonly string[] Folders = ["content", "templates"];

    public static SiteInput Read(string siteFolder)
    {
        var paths = new List<(string Full, string Relative)>();
        foreach (var folder in Folders)
        {
            var root = Path.Combine(siteFolder, folder);
            if (!Directory.Exists(root)) continue;
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(root, "*", options))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith('.') || name.EndsWith('~')) continue; // editor backups and dotfiles
                paths.Add((file, Path.GetRelativePath(siteFolder, file).Replace('\\', '/')));
            }
        }
        // Files are read when a stage asks for their bytes (and not kept): here only their sizes are.
        var files = paths.Select(p =>
        {
            var size = new FileInfo(p.Full).Length;
            return size > InputFile.MaxBytes
                ? new InputFile(p.Relative, []) { TooLargeSize = size }
                : InputFile.OnDisk(p.Relative, p.Full);
        }).ToList();
        return new SiteInput(files);
    }
}
