using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// A plain-text article as a Markdown syntax tree: each non-empty line one paragraph of literal text.
/// Nothing is interpreted as markup, yet later passes (links to the glossary) treat both formats alike.
/// </summary>
public static class PlainTextDocument
{
    public static MarkdownDocument Create(string text)
    {
        var document = new MarkdownDocument();
        var lineStart = 0;
        var lineNumber = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text[lineStart..lineEnd];
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                var start = lineStart + line.IndexOf(trimmed[0]);
                var paragraph = new ParagraphBlock(new ParagraphBlockParser())
                {
                    Line = lineNumber,
                    Column = start - lineStart,
                    Span = new SourceSpan(start, start + trimmed.Length - 1),
                    Inline = new ContainerInline(),
                };
                paragraph.Inline.AppendChild(new LiteralInline(new StringSlice(trimmed))
                {
                    Line = lineNumber,
                    Column = start - lineStart,
                    Span = new SourceSpan(start, start + trimmed.Length - 1),
                });
                document.Add(paragraph);
            }
            lineStart = lineEnd + 1;
            lineNumber++;
        }
        return document;
    }
}
