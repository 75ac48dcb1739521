using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using Briefings.Routing;

namespace Briefings.Output;

/// <summary>
/// Passes every file on to another sink and keeps, of each HTML page, only its link facts: ids and
/// internal references with their positions. <c>check</c> verifies a site of any size this way without
/// holding its pages in memory.
/// </summary>
public sealed class LinkFactsSink(IOutputSink inner) : IOutputSink
{
    private readonly ConcurrentDictionary<string, PageLinks?> _files = new(StringComparer.Ordinal);

    /// <summary>Every file written; HTML pages with their facts, other files with null.</summary>
    public IReadOnlyDictionary<string, PageLinks?> Files => _files;

    public Stream Create(string path)
    {
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            _files[path] = null;
            return inner.Create(path);
        }
        return new CompletingStream(bytes =>
        {
            _files[path] = Read(bytes);
            using var target = inner.Create(path);
            target.Write(bytes);
        });
    }

    private static PageLinks Read(byte[] bytes)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var references = new List<LinkReference>();
        foreach (var (selector, attribute) in Referencing)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute)!.Trim();
                if (!Urls.IsInternal(value)) continue;
                var position = element.SourceReference?.Position;
                references.Add(new LinkReference(element.LocalName, attribute, value, position?.Line ?? 1, position?.Column ?? 1));
            }
        }
        return new PageLinks(ids, references);
    }

    private static readonly (string Selector, string Attribute)[] Referencing =
    [
        ("a[href], link[href], area[href]", "href"),
        ("img[src], script[src], source[src], iframe[src], video[src], audio[src]", "src"),
    ];
}
