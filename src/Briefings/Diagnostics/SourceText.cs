namespace Briefings.Diagnostics;

/// <summary>
/// The decoded text of one input file. Every position inside the build is a character offset into
/// such a text; this is the one place that turns offsets into 1-based lines and columns.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;
    private readonly string? _text;
    private readonly Func<string>? _load;
    // Made on first load, not with the text: a weak reference costs a handle and a finalizer, and most cached texts are never read.
    private WeakReference<string>? _loaded;

    public SourceText(string path, string text)
    {
        Path = path;
        _text = text;
    }

    /// <summary>
    /// A text loaded when something reads it and held only weakly after, loaded again if it was collected: a
    /// briefing whose parse and body came from the cache is never decoded, and the texts of a large site are
    /// not all held at once. <paramref name="loaded"/> is the text when the caller has it already.
    /// </summary>
    public SourceText(string path, Func<string> load, string? loaded = null)
    {
        Path = path;
        _load = load;
        if (loaded is not null) _loaded = new WeakReference<string>(loaded);
    }

    /// <summary>Path relative to the site folder, with forward slashes.</summary>
    public string Path { get; }

    public string Text
    {
        get
        {
            if (_text is not null) return _text;
            var loaded = Volatile.Read(ref _loaded);
            if (loaded is not null && loaded.TryGetTarget(out var text)) return text;
            text = _load!();
            // Two threads may load it at once: the same text, whichever reference stays.
            Volatile.Write(ref _loaded, new WeakReference<string>(text));
            return text;
        }
    }

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
