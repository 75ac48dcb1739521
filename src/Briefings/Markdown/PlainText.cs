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
            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                    case CodeInline inlineCode: text.Append(inlineCode.Content); break;
                    case LineBreakInline: text.Append(' '); break;
                }
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
