using System.IO.Enumeration;

namespace Briefings.Content;

/// <summary>Reads a site folder from disk. With the writer, the only code that touches the file system.</summary>
public static class SiteReader
{
    public static readonly string[] Folders = ["content", "templates"];

    public static SiteInput Read(string siteFolder)
    {
        var files = new List<InputFile>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        foreach (var folder in Folders)
        {
            var root = Path.Combine(siteFolder, folder);
            if (!Directory.Exists(root)) continue;
            // Files are read when a stage asks for their bytes (and not kept): here only their sizes are, taken from
            // the listing itself rather than asked again of each file.
            var found = new FileSystemEnumerable<(string Full, long Size)>(root, (ref FileSystemEntry e) => (e.ToFullPath(), Size(ref e)), options)
            {
                // Editor backups and dotfiles are not the site's.
                ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && !e.FileName.StartsWith('.') && !e.FileName.EndsWith('~'),
            };
            foreach (var (full, size) in found)
            {
                var relative = Path.GetRelativePath(siteFolder, full).Replace('\\', '/');
                files.Add(size > InputFile.MaxBytes ? new InputFile(relative, []) { TooLargeSize = size } : InputFile.OnDisk(relative, full));
            }
        }
        return new SiteInput(files);
    }

    // A symbolic link's own size is not its file's: asked of the file, as for any file before.
    private static long Size(ref FileSystemEntry e) =>
        e.Attributes.HasFlag(FileAttributes.ReparsePoint) ? new FileInfo(e.ToFullPath()).Length : e.Length;
}
