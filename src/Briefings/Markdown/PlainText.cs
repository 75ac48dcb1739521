using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>The words of a parsed body as a reader sees them, one line per block: what search indexes and summaries read.</summary>
public static class PlainText
{
    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is CodeBlock code)
            {
                foreach (var line in code.Lines) text.Append(line.ToString()).Append('\n');
                continue;
            }
            if (block.Inline is null) continue;
            Append(block.Inline, text);
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The words of the inlines in document order, nested ones (emphasis, links) in place.</summary>
    private static void Append(ContainerInline container, StringBuilder text)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline nested: Append(nested, text); break;
            }
        }
    }
}
