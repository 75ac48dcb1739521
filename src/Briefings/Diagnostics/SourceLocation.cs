namespace Briefings.Diagnostics;

/// <summary>A 1-based line and column in a file whose path is relative to the site folder.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The file as a whole, for problems with no better position (an empty file, a missing key).</summary>
    public static SourceLocation FileStart(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
