namespace Briefings.Content;

/// <summary>Reads a site folder from disk. With the writer, the only code that touches the file system.</summary>
public static class SiteReader
{
    public static readonly string[] Folders = ["content", "templates"];

    public static SiteInput Read(string siteFolder)
    {
        var files = new List<InputFile>();
        foreach (var folder in Folders)
        {
            var root = Path.Combine(siteFolder, folder);
            if (!Directory.Exists(root)) continue;
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(root, "*", options))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith('.') || name.EndsWith('~')) continue; // editor backups and dotfiles
                var relative = Path.GetRelativePath(siteFolder, file).Replace('\\', '/');
                var size = new FileInfo(file).Length;
                files.Add(size > InputFile.MaxBytes
                    ? new InputFile(relative, []) { TooLargeSize = size }
                    : new InputFile(relative, File.ReadAllBytes(file)));
            }
        }
        return new SiteInput(files);
    }
}
