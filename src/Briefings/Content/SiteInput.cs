using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>Everything a build reads: the files under <c>content/</c>, <c>templates/</c> and <c>static/</c>.</summary>
public sealed class SiteInput
{
    /// <param name="refusals">What the reader would not read (links leading outside the site, FIFOs, devices), reported by the build.</param>
    public SiteInput(IEnumerable<InputFile> files, IEnumerable<Diagnostic>? refusals = null)
    {
        Files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        Refusals = refusals?.ToList() ?? [];
    }

    public IReadOnlyList<InputFile> Files { get; }

    public IReadOnlyList<Diagnostic> Refusals { get; }

    public IEnumerable<InputFile> Under(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return Files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal));
    }

    public InputFile? Find(string path) => Files.FirstOrDefault(f => f.Path == path);

    /// <summary>Whether the reader refused this path (so that what pairs with it is not also reported as alone).</summary>
    public bool WasRefused(string path) => Refusals.Any(d => d.Location?.Path == path);
}
