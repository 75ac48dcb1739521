using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.SafeLinks;

/// <summary>
/// The links a document's rendering refused, kept on the document itself (the renderers are shared and
/// pooled, a document is rendered by one thread): whoever renders asks <see cref="Collect"/> first, then reads them.
/// </summary>
public static class RefusedLinks
{
    private static readonly object Key = new();

    /// <summary>Starts collecting the refusals of <paramref name="document"/>'s next rendering.</summary>
    public static List<RefusedLink> Collect(MarkdownDocument document)
    {
        var list = new List<RefusedLink>();
        document.SetData(Key, list);
        return list;
    }

    internal static void Record(Inline inline, RefusedLink refused)
    {
        if (DocumentOf(inline)?.GetData(Key) is List<RefusedLink> list) list.Add(refused);
    }

    private static MarkdownDocument? DocumentOf(Inline inline)
    {
        Inline top = inline;
        while (top.Parent is { } parent) top = parent;
        Block? block = (top as ContainerInline)?.ParentBlock;
        while (block is not null and not MarkdownDocument) block = block.Parent;
        return block as MarkdownDocument;
    }
}
