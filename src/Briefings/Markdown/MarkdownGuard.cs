namespace Briefings.Markdown;

/// <summary>
/// A linear look at a Markdown text before Markdig parses it, refusing the shapes on which Markdig 1.6
/// takes time growing with the square of the input or throws (docs/research/markdig-quadratic-links.md):
/// link addresses that never close (each <c>](</c> rescans the rest of the paragraph), and emphasis marks
/// and brackets by thousands in one paragraph (each opens a container that every later piece of text walks
/// down to). The limits are far above what prose needs and far below what takes a second to parse.
/// </summary>
public static class MarkdownGuard
{
    /// <summary>Characters Markdig rescans, summed over every <c>](</c> of the text: 20 M is about a quarter of a second.</summary>
    public const long LinkScanBudget = 20_000_000;

    /// <summary>Emphasis marks and brackets of a paragraph, summed over each later piece of text of the paragraph, over the whole text.</summary>
    public const long NestingWalkBudget = 20_000_000;

    /// <summary>Emphasis marks and brackets in one paragraph (Markdig throws past 10,240 open at once).</summary>
    public const int MaxOpenersPerParagraph = 5_000;

    /// <summary>Blockquotes and list items nested on one line (Markdig throws past 128 levels of anything).</summary>
    public const int MaxBlockDepth = 32;

    /// <summary>What is wrong, and at which offset of the text; null when the text is fine.</summary>
    public static (int Offset, string Message)? Check(string text)
    {
        var paragraph = new Paragraph();
        var fence = '\0';
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var content = line.TrimStart(' ');
            if (content.Length >= 3 && (content.StartsWith("```") || content.StartsWith("~~~")) && (fence == '\0' || fence == content[0]))
            {
                fence = fence == '\0' ? content[0] : '\0'; // code is not parsed for inlines
                if (paragraph.End(lineStart) is { } finding) return finding;
            }
            else if (fence == '\0')
            {
                if (line.IsWhiteSpace())
                {
                    if (paragraph.End(lineStart) is { } finding) return finding;
                }
                else
                {
                    if (BlockDepth(text, lineStart, lineEnd) is { } deep) return deep;
                    if (paragraph.Line(text, lineStart, lineEnd) is { } finding) return finding;
                }
            }
            lineStart = lineEnd + 1;
        }
        return paragraph.End(text.Length);
    }

    /// <summary>Blockquote markers and list markers opening a line, each one level deeper.</summary>
    private static (int, string)? BlockDepth(string text, int start, int end)
    {
        var depth = 0;
        var i = start;
        while (i < end)
        {
            var indent = 0;
            while (i < end && text[i] == ' ' && indent < 3) { i++; indent++; }
            if (i >= end) break;
            var marker = i;
            if (text[i] == '>')
            {
                i++;
            }
            else if (text[i] is '-' or '+' or '*' && i + 1 < end && text[i + 1] is ' ' or '\t')
            {
                i++;
            }
            else
            {
                var digits = 0;
                while (i < end && char.IsAsciiDigit(text[i]) && digits < 10) { i++; digits++; }
                if (digits == 0 || i + 1 >= end || text[i] is not ('.' or ')') || text[i + 1] is not (' ' or '\t')) break;
                i++;
            }
            if (++depth > MaxBlockDepth) return (marker, $"the Markdown nests more than {MaxBlockDepth} blockquotes or lists here; Markdig cannot render it");
            if (i < end && text[i] is ' ' or '\t') i++;
        }
        return null;
    }

    /// <summary>The counts of the paragraph being read, reset at each blank line, and the costs so far of the whole text.</summary>
    private sealed class Paragraph
    {
        // Each "](" makes Markdig scan its address until a ")" closes more parentheses than the address opened,
        // or, failing that, (with its title) to the end of the paragraph. The "](" not yet closed, with the depth of
        // parentheses where each began: a ")" at depth d closes those begun at d, all at the top of the stack.
        private readonly Stack<(int Depth, int Offset)> _open = new();
        private int _depth;
        private int _firstLink = -1;  // the first "](" of the paragraph never closed
        private int _openers;        // emphasis runs and brackets seen
        private long _walk;          // open containers walked by later pieces, whole text
        private long _scan;          // characters rescanned for link addresses, whole text
        private int _firstOpener = -1;

        public (int, string)? Line(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '\\':
                        i++; // an escaped character is text
                        continue;
                    case ']' when i + 1 < end && text[i + 1] == '(':
                        _open.Push((_depth, i));
                        _depth++;
                        i++;
                        break;
                    case '(':
                        _depth++;
                        continue;
                    case ')':
                        _depth--;
                        while (_open.TryPeek(out var link) && link.Depth >= _depth) _scan += i - _open.Pop().Offset;
                        if (_open.Count == 0) _depth = 0;
                        if (_scan > LinkScanBudget) return (i, $"the link addresses opened with ]( before this ) nest so deep that Markdig would rescan them again and again; close them sooner or split the paragraph");
                        break;
                    case '[':
                        if (Opener(i) is { } many) return many;
                        break;
                    case '*' or '_' or '~' or '^' or '=' or '+':
                        var run = i;
                        while (i + 1 < end && text[i + 1] == c) i++;
                        var length = i - run + 1;
                        if (c is '=' or '+' && length < 2) continue;
                        // Underscores inside a word (snake_case) cannot emphasise.
                        if (c == '_' && run > start && char.IsLetterOrDigit(text[run - 1]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1])) continue;
                        if (Opener(run) is { } runs) return runs;
                        break;
                    case '`' or '&' or '<' or '!' or '|':
                        break;
                    default:
                        continue;
                }
                _walk += _openers;
                if (_walk > NestingWalkBudget)
                {
                    return (_firstOpener, $"this paragraph holds {_openers:N0} emphasis marks or brackets that Markdig would read in time growing with their square; close them, escape them with \\, or split the paragraph");
                }
            }
            _walk += _openers; // the line break
            return null;
        }

        private (int, string)? Opener(int offset)
        {
            if (_openers++ == 0) _firstOpener = offset;
            return _openers > MaxOpenersPerParagraph
                ? (_firstOpener, $"this paragraph holds more than {MaxOpenersPerParagraph:N0} emphasis marks or brackets, more than Markdig can nest; close them, escape them with \\, or split the paragraph")
                : null;
        }

        /// <summary>Ends the paragraph at <paramref name="end"/>: each <c>](</c> still open costs a scan to here.</summary>
        public (int, string)? End(int end)
        {
            var unclosed = _open.Count;
            while (_open.TryPop(out var link))
            {
                _scan += end - link.Offset;
                _firstLink = link.Offset;
            }
            (int, string)? finding = _scan > LinkScanBudget
                ? (_firstLink, $"this paragraph opens {unclosed:N0} link addresses with ]( that never close, which Markdig would rescan to the paragraph's end each time; close them with ), escape the [ with \\, or split the paragraph")
                : null;
            _depth = 0;
            _firstLink = -1;
            _openers = 0;
            _firstOpener = -1;
            return finding;
        }
    }
}
