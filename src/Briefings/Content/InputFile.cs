namespace Briefings.Content;

/// <summary>A file of the site as read from disk (or made in memory by tests), before decoding.</summary>
/// <param name="Path">Relative to the site folder, forward slashes: <c>content/site.yml</c>.</param>
public sealed record InputFile(string Path, byte[] Bytes)
{
    /// <summary>Files above this size are not read: a briefing, a template or a data file is never that big.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>Set when the file was too large to read; <see cref="Bytes"/> is then empty.</summary>
    public long? TooLargeSize { get; init; }

    /// <summary>A hash of the bytes, computed on demand: what a cache keys this file's results on.</summary>
    public string Fingerprint => Text.Fingerprint.Of(Bytes);

    public static InputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
