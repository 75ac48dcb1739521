namespace Briefings.Output;

/// <summary>Writes files under one folder, checking that each resolved path stays inside it.</summary>
public sealed class DirectoryOutput(string root) : IOutputSink
{
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        OutputPath.Validate(path);
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root, StringComparison.Ordinal)) throw new InvalidOperationException($"refusing to write outside the output folder: '{path}'");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(content);
    }
}
