using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefings.Tests.Support;

/// <summary>A built site on disk, read as a browser would: every page parsed with a real HTML parser.</summary>
public sealed class SiteFolder(string root)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Script elements the theme does not put there itself (its script file and the glossary's JSON-LD).</summary>
    public const string InjectedScripts = "script:not([src$='assets/briefings.js']):not([src$='assets/search.js']):not([type='application/ld+json'])";

    public string Root => root;

    public IEnumerable<string> Pages => Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    public IDocument Parse(string page) => Parser.ParseDocument(File.ReadAllText(Path.Combine(root, page)));

    /// <summary>Every internal link or asset reference that does not lead to a file (or to an id in it).</summary>
    public IReadOnlyList<string> BrokenLinks()
    {
        var broken = new List<string>();
        foreach (var page in Pages)
        {
            var document = Parse(page);
            var references = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("img[src], script[src]").Select(e => e.GetAttribute("src")!));
            foreach (var reference in references)
            {
                if (reference.StartsWith("http:", StringComparison.Ordinal) || reference.StartsWith("https:", StringComparison.Ordinal)
                    || reference.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                if (!Resolves(page, document, reference)) broken.Add($"{page}: {reference}");
            }
        }
        return broken;
    }

    private bool Resolves(string page, IDocument document, string reference)
    {
        var hash = reference.IndexOf('#');
        var path = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(reference[(hash + 1)..]);
        if (path.StartsWith('/') || path.Contains('?')) return false; // root-relative links break under a sub-path
        var target = path.Length == 0 ? page : Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(page)!, path))).Replace('\\', '/');
        if (target.StartsWith("..", StringComparison.Ordinal) || !File.Exists(Path.Combine(root, target))) return false;
        if (string.IsNullOrEmpty(fragment)) return true;
        var targetDocument = target == page ? document : Parse(target);
        return targetDocument.GetElementById(fragment) is not null;
    }
}
