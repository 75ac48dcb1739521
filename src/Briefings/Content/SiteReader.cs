using System.IO.Enumeration;
using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// Reads a site folder from disk. With the writer, the only code that touches the file system. Only what lies inside
/// the site is read: a symbolic link is followed when its real target is inside the site folder, refused (with a
/// diagnostic at the link) when it leads outside, into a loop or to nothing; a FIFO, a device or a socket is refused
/// without being opened (opening a FIFO blocks).
/// </summary>
public static class SiteReader
{
    public const string StaticFolder = "static";

    public static readonly string[] Folders = ["content", "templates", StaticFolder];

    /// <summary>Folders entered through symbolic links, at most: links between folders can multiply a tree without a loop.</summary>
    public const int MaxLinkedFolders = 10_000;

    public static SiteInput Read(string siteFolder)
    {
        var site = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar);
        var walk = new Walk(FileFacts.RealPath(site, out _) ?? site);
        foreach (var folder in Folders)
        {
            walk.Entry(walk.Root, folder, folder, [walk.Root], linked: false, inStatic: folder == StaticFolder);
        }
        return new SiteInput(walk.Files, walk.Refusals);
    }

    /// <summary>The state of one read: what was found and refused, and how many folders links led into.</summary>
    private sealed class Walk(string root)
    {
        public string Root { get; } = root;
        public List<InputFile> Files { get; } = [];
        public List<Diagnostic> Refusals { get; } = [];
        private int _linkedFolders;

        /// <param name="parent">The real path of the folder holding the entry (every link resolved).</param>
        /// <param name="relative">The entry as the site names it, links and all: <c>content/briefings/a.md</c>.</param>
        /// <param name="ancestors">The real paths of the folders above: one of them again is a loop.</param>
        /// <param name="linked">Whether a link led here: such folders count against <see cref="MaxLinkedFolders"/>.</param>
        public void Entry(string parent, string name, string relative, HashSet<string> ancestors, bool linked, bool inStatic)
        {
            var real = Path.Combine(parent, name);
            var (kind, size) = FileFacts.Of(real, follow: false);
            if (kind == FileKind.SymbolicLink)
            {
                if (FileFacts.RealPath(real, out var failure) is not { } target)
                {
                    var loop = failure == FileFacts.LoopFailure;
                    Refuse(loop ? DiagnosticCodes.LinkLoop : DiagnosticCodes.BrokenSymbolicLink, relative, $"this symbolic link is not read: {failure}");
                    return;
                }
                if (!Output.RealPath.IsSameOrInside(target, Root))
                {
                    Refuse(DiagnosticCodes.LinkOutsideSite, relative, $"this symbolic link leads outside the site folder (to {target}); it is not read");
                    return;
                }
                real = target;
                (kind, size) = FileFacts.Of(target, follow: true);
                linked = true;
            }
            switch (kind)
            {
                case FileKind.Regular:
                    Files.Add(InputFile.OnDisk(relative, real, size));
                    return;
                case FileKind.Directory:
                    if (ancestors.Contains(real))
                    {
                        Refuse(DiagnosticCodes.LinkLoop, relative, "this symbolic link leads back to a folder it is in: a loop, not read");
                        return;
                    }
                    if (linked && ++_linkedFolders > MaxLinkedFolders)
                    {
                        if (_linkedFolders == MaxLinkedFolders + 1)
                            Refuse(DiagnosticCodes.LinkLoop, relative, $"more than {MaxLinkedFolders:N0} folders reached through symbolic links; the rest is not read");
                        return;
                    }
                    var inner = new HashSet<string>(ancestors) { real };
                    // Listed and read by its real path: the kernel then resolves no chain of links for each entry below.
                    foreach (var child in Children(real))
                    {
                        if (Skipped(child, inStatic)) continue;
                        Entry(real, child, $"{relative}/{child}", inner, linked, inStatic);
                    }
                    return;
                case FileKind.Fifo or FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Socket:
                    Refuse(DiagnosticCodes.NotRegularFile, relative, $"this is {Describe(kind)}, not a file; it is not read");
                    return;
                default:
                    return; // vanished since it was listed, or unreadable: as before, not the site's
            }
        }

        private void Refuse(string code, string relative, string message) =>
            Refusals.Add(new Diagnostic(Severity.Error, code, message, SourceLocation.FileStart(relative)));

        private static string Describe(FileKind kind) => kind switch
        {
            FileKind.Fifo => "a FIFO (named pipe)",
            FileKind.CharacterDevice => "a character device",
            FileKind.BlockDevice => "a block device",
            _ => "a socket",
        };
    }

    /// <summary>The names in a folder (none when it cannot be listed, as before).</summary>
    private static List<string> Children(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = true };
        try
        {
            return new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.FileName.ToString(), options)
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => !OperatingSystem.IsWindows() || (e.Attributes & (FileAttributes.Hidden | FileAttributes.System)) == 0,
            }.ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Editor backups and dotfiles are not the site's; under <c>static/</c>, dotfiles are (<c>.nojekyll</c>, <c>.well-known/</c>), but not a repository's or a desktop's own.</summary>
    private static bool Skipped(string name, bool inStatic) =>
        name.EndsWith('~') || (name.StartsWith('.') && (!inStatic || name is ".git" or ".DS_Store" || name.EndsWith(".swp", StringComparison.Ordinal)));
}
