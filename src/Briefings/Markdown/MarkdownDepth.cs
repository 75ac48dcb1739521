using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// Where a syntax tree is deeper than Markdig renders, to report that place rather than an exception. Checked
/// before rendering, not only after Markdig throws: a renderer that throws mid-way goes back to the pipeline's
/// pool with its state half set (an image's alt text turns HTML off), and would spoil the next body it writes.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>Markdig's own limit (<c>MarkdownPipeline.MaximumNestingDepth</c>, 128), less a margin for the renderer's own levels.</summary>
    public const int Limit = 120;

    public const string Message = "the Markdown nests too deeply here for Markdig to render (blockquotes, lists, emphasis or brackets inside each other); flatten it";

    /// <summary>The exception Markdig throws past its depth limits (an <see cref="ArgumentException"/> of its own), or a stack running short.</summary>
    public static bool IsMarkdigLimit(Exception e) =>
        e is InsufficientExecutionStackException || (e is ArgumentException && e.Source == "Markdig" && e.Message.Contains("depth limit", StringComparison.Ordinal));

    /// <summary>The first node, in document order, deeper than <see cref="Limit"/>; null when none. Walks without recursion.</summary>
    public static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.TryPop(out var item))
        {
            if (item.Depth > Limit) return item.Node;
            switch (item.Node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], item.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline parent:
                    for (var child = parent.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, item.Depth + 1));
                    break;
            }
        }
        return null;
    }
}
