using AngleSharp.Dom;
using AngleSharp.Html.Parser;
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

    /// <param name="outputName">How diagnostics name the output folder (<c>_site</c>).</param>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyDictionary<string, byte[]> files, string outputName = "_site")
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var documents = files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .AsParallel()
            .Select(path => (Path: path, Document: parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files[path]))))
            .ToDictionary(x => x.Path, x => x.Document, StringComparer.Ordinal);
        var ids = documents.ToDictionary(d => d.Key, d => d.Value.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var diagnostics = new List<Diagnostic>();
        foreach (var (page, document) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            foreach (var (element, attribute) in References(document))
            {
                var reference = element.GetAttribute(attribute)!.Trim();
                if (IsExternal(reference)) continue;
                var at = Locate(outputName, page, element);
                var hash = reference.IndexOf('#');
                var path = hash < 0 ? reference : reference[..hash];
                var fragment = hash < 0 ? null : Uri.UnescapeDataString(reference[(hash + 1)..]);
                var target = path.Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(path.Split('?')[0]));
                if (target is null || !files.ContainsKey(target))
                {
                    diagnostics.Add(new(Severity.Error, BrokenLink, $"<{element.LocalName} {attribute}=\"{reference}\"> leads to no file of the site", at));
                }
                else if (!string.IsNullOrEmpty(fragment) && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(fragment))
                {
                    diagnostics.Add(new(Severity.Error, MissingAnchor, $"<{element.LocalName} {attribute}=\"{reference}\">: {target} has no element with id '{fragment}'", at));
                }
            }
        }
        return diagnostics;
    }

    private static IEnumerable<(IElement Element, string Attribute)> References(IDocument document) =>
        document.QuerySelectorAll("a[href], link[href], area[href]").Select(e => (e, "href"))
            .Concat(document.QuerySelectorAll("img[src], script[src], source[src], iframe[src], video[src], audio[src]").Select(e => (e, "src")));

    /// <summary>Another site, or no page at all: any scheme (<c>https:</c>, <c>mailto:</c>), or a protocol-relative URL.</summary>
    private static bool IsExternal(string reference)
    {
        if (reference.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = reference.IndexOf(':');
        var delimiter = reference.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (delimiter < 0 || colon < delimiter);
    }

    /// <summary>The root-relative path a relative reference leads to from a page, or null when it leaves the site.</summary>
    private static string? Resolve(string page, string reference)
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

    private static SourceLocation Locate(string outputName, string page, IElement element) =>
        element.SourceReference?.Position is { } position
            ? new SourceLocation($"{outputName}/{page}", position.Line, position.Column)
            : SourceLocation.FileStart($"{outputName}/{page}");
}
