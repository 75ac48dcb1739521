using Briefings.Diagnostics;

namespace Briefings.Output;

/// <summary>
/// Verifies a rendered site as a browser would follow it: every internal link and asset reference of
/// every page leads to a file of the site, and every <c>#fragment</c> to an element with that id.
/// </summary>
public static class LinkChecker
{
    public const string BrokenLink = "LINK001";
    public const string MissingAnchor = "LINK002";

    /// <param name="files">Every file of the site, HTML pages with their link facts (from <see cref="LinkFactsSink"/>).</param>
    /// <param name="outputName">How diagnostics name the output folder (<c>_site</c>).</param>
    /// <param name="locate">Where the editor wrote a reference, when known (see <see cref="LinkSourceLocator"/>): the diagnostic
    /// is reported there, naming the page and its line as context; else at the page's line.</param>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyDictionary<string, PageLinks?> files, string outputName = "_site",
        Func<string, LinkReference, SourceLocation?>? locate = null)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var (page, links) in files.Where(f => f.Value is not null).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var reference in links!.References)
            {
                var inPage = new SourceLocation($"{outputName}/{page}", reference.Line, reference.Column);
                var source = locate?.Invoke(page, reference);
                var at = source ?? inPage;
                var context = source is null ? "" : $" (in {inPage})";
                var written = $"<{reference.Element} {reference.Attribute}=\"{reference.Value}\">";
                var hash = reference.Value.IndexOf('#');
                var path = hash < 0 ? reference.Value : reference.Value[..hash];
                var fragment = hash < 0 ? null : Uri.UnescapeDataString(reference.Value[(hash + 1)..]);
                var target = path.Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(path.Split('?')[0]));
                if (target is null || !files.TryGetValue(target, out var targetLinks))
                {
                    diagnostics.Add(new(Severity.Error, BrokenLink, $"{written} leads to no file of the site{context}", at));
                }
                else if (!string.IsNullOrEmpty(fragment) && targetLinks is not null && !targetLinks.Ids.Contains(fragment))
                {
                    diagnostics.Add(new(Severity.Error, MissingAnchor, $"{written}: {target} has no element with id '{fragment}'{context}", at));
                }
            }
        }
        return diagnostics;
    }

    /// <summary>The root-relative path a relative reference leads to from a page, or null when it leaves the site.</summary>
    public static string? Resolve(string page, string reference)
    {
        if (reference.StartsWith('/')) return null; // root-relative links break under a sub-path
        var parts = page.Split('/')[..^1].ToList();
        foreach (var segment in reference.Split('/'))
        {
            switch (segment)
            {
                case "" or ".": continue;
                case "..":
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    parts.Add(segment);
                    continue;
            }
        }
        var path = string.Join('/', parts);
        return reference.EndsWith('/') || path.Length == 0 ? (path.Length == 0 ? "index.html" : path + "/index.html") : path;
    }
}
