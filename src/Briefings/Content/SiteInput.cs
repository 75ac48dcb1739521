namespace Briefings.Content;

/// <summary>Everything a build reads: the files under <c>content/</c> and <c>templates/</c>.</summary>
public sealed class SiteInput
{
    public SiteInput(IEnumerable<InputFile> files)
    {
        Files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<InputFile> Files { get; }

    public IEnumerable<InputFile> Under(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return Files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal));
    }

    public InputFile? Find(string path) => Files.FirstOrDefault(f => f.Path == path);
}
