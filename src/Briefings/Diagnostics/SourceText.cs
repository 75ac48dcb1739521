namespace Briefings.Diagnostics;

/// <summary>
/// The decoded text of one input file. Every position inside the build is a character offset into
/// such a text; this is the one place that turns offsets into 1-based lines and columns.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;
    private string? _text;
    private readonly Func<string>? _load;

    public SourceText(string path, string text)
    {
        Path = path;
        _text = text;
    }

    /// <summary>A text decoded only if something reads it: a briefing whose parse and body came from the cache never is.</summary>
    public SourceText(string path, Func<string> load)
    {
        Path = path;
        _load = load;
    }

    /// <summary>Path relative to the site folder, with forward slashes.</summary>
    public string Path { get; }

    public string Text => _text ?? LazyInitializer.EnsureInitialized(ref _text, _load!);

    public SourceLocation Start => new(Path, 1, 1);

    public SourceLocation LocationOf(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Text);
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(starts, offset);
        if (line < 0) line = ~line - 1;
        return new SourceLocation(Path, line + 1, offset - starts[line] + 1);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        return [.. starts];
    }
}
