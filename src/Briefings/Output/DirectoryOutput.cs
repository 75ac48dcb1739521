namespace Briefings.Output;

/// <summary>Writes files under one folder, checking that each resolved path stays inside it.</summary>
public sealed class DirectoryOutput(string root) : IOutputSink
{
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public Stream Create(string path)
    {
        OutputPath.Validate(path);
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root, StringComparison.Ordinal)) throw new InvalidOperationException($"refusing to write outside the output folder: '{path}'");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // CreateNew: a file the plan lists twice is a bug to see, not a page silently overwritten.
        // Unbuffered: every writer buffers already (pages and timeline.json in 64 KB blocks, assets in one
        // write), and a FileStream buffer would cost each of the 10,000s of files a 64 KB array more.
        return new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
    }
}
