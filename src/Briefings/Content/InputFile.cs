namespace Briefings.Content;

/// <summary>A file of the site as read from disk (or made in memory by tests), before decoding.</summary>
/// <param name="Path">Relative to the site folder, forward slashes: <c>content/site.yml</c>.</param>
public sealed record InputFile(string Path, byte[] Bytes)
{
    public static InputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
