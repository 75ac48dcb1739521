using Briefings.Glossary;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.GlossaryLinks;

/// <summary>
/// Links the first mention of each glossary term in a body, by any of its forms, in one pass of the
/// build-wide <see cref="TermMatcher"/> over each run of text. Headings, links, code and existing
/// <c>&lt;abbr&gt;</c> are left alone, and so is text the author's raw HTML puts inside a script, a style,
/// a comment or a tag (<see cref="RawHtmlTracker"/>); later mentions stay plain text.
/// </summary>
/// <param name="languages">Each term's language (its own, else the site's): a definition in another language than the body's is marked so.</param>
public sealed class GlossaryLinkPass(TermMatcher matcher, IReadOnlyDictionary<string, string> shortDefinitions,
    IReadOnlyDictionary<string, string>? languages = null) : IBodyPass
{
    public void Apply(MarkdownDocument document, BodyContext context)
    {
        if (shortDefinitions.Count == 0) return;
        var state = new State(context);
        // In the order the HTML is written, so that the author's raw HTML is followed from piece to piece.
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HtmlBlock html:
                    // Its lines as written, each ending a line, as the renderer writes them.
                    foreach (var line in html.Lines.Lines.AsSpan(0, html.Lines.Count))
                    {
                        state.Html.Feed(line.Slice.AsSpan());
                        state.Html.Feed("\n");
                    }
                    break;
                case CodeBlock:
                    break;
                case HeadingBlock { Inline: { } heading }:
                    FeedRaw(heading, state);
                    break;
                case { Inline: { } inline }:
                    Visit(inline, state);
                    break;
            }
        }
    }

    /// <summary>Gathers runs of adjacent text nodes; a run ends at anything that is not text, and nested containers are visited alone.</summary>
    private void Visit(ContainerInline container, State state)
    {
        var run = state.Run; // empty here: every run is flushed before a nested container is visited
        var insideRawTag = 0; // inside a raw <abbr> or <a> written by the author
        Inline? next;
        for (var inline = container.FirstChild; inline is not null; inline = next)
        {
            next = inline.NextSibling; // wrapping moves only nodes already in the run, never this one
            var linkable = insideRawTag == 0 && state.Html.InText;
            switch (inline)
            {
                case LiteralInline when linkable:
                case LineBreakInline { IsHard: false } when linkable:
                    run.Add(inline);
                    continue;
                case HtmlInline html:
                    Flush(state);
                    state.Html.Feed(html.Tag);
                    insideRawTag = Math.Max(0, insideRawTag + RawTagDepth(html.Tag));
                    continue;
                case LinkInline { IsImage: true } or AutolinkInline or CodeInline:
                    break;
                case ContainerInline child when linkable && child is not (LinkInline or GlossaryLinkInline or BriefingLinks.BriefingLinkInline):
                    Flush(state);
                    Visit(child, state);
                    continue;
                case ContainerInline child:
                    Flush(state);
                    FeedRaw(child, state); // not linked inside, but its raw HTML still counts
                    continue;
            }
            Flush(state);
        }
        Flush(state);
    }

    /// <summary>Feeds the raw HTML inside <paramref name="container"/> (an image's alt text is not written as HTML).</summary>
    private static void FeedRaw(ContainerInline container, State state)
    {
        foreach (var html in container.Descendants<HtmlInline>())
        {
            if (html.FirstParentOfType<LinkInline>() is not { IsImage: true }) state.Html.Feed(html.Tag);
        }
    }

    private static int RawTagDepth(string tag)
    {
        var lower = tag.ToLowerInvariant();
        if (lower.StartsWith("<abbr", StringComparison.Ordinal) || lower.StartsWith("<a ", StringComparison.Ordinal) || lower == "<a>") return 1;
        if (lower.StartsWith("</abbr", StringComparison.Ordinal) || lower.StartsWith("</a", StringComparison.Ordinal)) return -1;
        return 0;
    }

    /// <summary>
    /// Matches one run of adjacent text nodes as a whole, so that forms broken by a line still match.
    /// A paragraph's lines are usually slices of the body's own source with only the line breaks
    /// between them; they are then matched where they lie, and only otherwise copied into one text.
    /// </summary>
    private void Flush(State state)
    {
        var run = state.Run;
        if (run.Count == 0) return;
        var starts = state.Starts(run.Count);
        string text;
        int start, end;
        if (SourceRange(run, starts) is { } source)
        {
            (text, start, end) = source;
        }
        else
        {
            var builder = state.Text.Clear();
            for (var i = 0; i < run.Count; i++)
            {
                starts[i] = builder.Length;
                if (run[i] is LiteralInline literal) builder.Append(literal.Content.AsSpan());
                else builder.Append(' ');
            }
            (text, start, end) = (builder.ToString(), 0, builder.Length);
        }

        var matches = state.Matches;
        matcher.FindAll(text, start, end, matches);
        var linked = 0; // the first mention of each term not excluded, in place at the front
        for (var m = 0; m < matches.Count; m++)
        {
            if (!state.Excluded.Contains(matches[m].TermId) && state.Linked.Add(matches[m].TermId)) matches[linked++] = matches[m];
        }
        // Wrap from the right so that splitting nodes does not move the offsets still to come.
        for (var m = linked - 1; m >= 0; m--) Wrap(run, starts, matches[m], state);
        matches.Clear();
        run.Clear();
    }

    /// <summary>
    /// When the run begins and ends with text, its text nodes all slice one source string, and only
    /// spacing (a soft line break) lies between them: that string and the run's range in it, with
    /// <paramref name="starts"/> filled in. Otherwise null.
    /// </summary>
    private static (string Text, int Start, int End)? SourceRange(List<Inline> run, int[] starts)
    {
        if (run[0] is not LiteralInline first || run[^1] is not LiteralInline last) return null;
        var text = first.Content.Text;
        var position = first.Content.Start; // where the next node may begin
        for (var i = 0; i < run.Count; i++)
        {
            if (run[i] is LiteralInline literal)
            {
                var content = literal.Content;
                if (!ReferenceEquals(content.Text, text) || content.Start < position) return null;
                for (var k = position; k < content.Start; k++)
                {
                    if (!char.IsWhiteSpace(text[k])) return null;
                }
                starts[i] = content.Start;
                position = content.End + 1;
            }
            else
            {
                starts[i] = position; // a line break: the spacing up to the next line
                position++;
            }
        }
        return (text, first.Content.Start, last.Content.End + 1);
    }

    private void Wrap(List<Inline> run, int[] starts, TermMatch match, State state)
    {
        var end = match.Start + match.Length;
        var first = IndexAt(starts, run.Count, match.Start);
        var last = IndexAt(starts, run.Count, end - 1);
        var firstNode = SplitBefore(run[first], match.Start - starts[first]);
        var lastNode = run[last] == run[first] && firstNode != run[first]
            ? SplitAfter(firstNode, end - match.Start)
            : SplitAfter(run[last], end - starts[last]);

        var slot = state.Context.AddLink(new GlossaryTermLink(match.TermId));
        var language = languages?.GetValueOrDefault(match.TermId);
        var link = new GlossaryLinkInline(match.TermId, slot, shortDefinitions[match.TermId])
        {
            DefinitionLanguage = language is not null && !language.Equals(state.Context.Input.Language, StringComparison.OrdinalIgnoreCase) ? language : null,
        };
        firstNode.InsertBefore(link);
        var node = firstNode;
        while (node is not null)
        {
            var next = node.NextSibling;
            node.Remove();
            link.AppendChild(node);
            if (node == lastNode) break;
            node = next;
        }
        state.Context.MentionedTerms.Add(match.TermId);
    }

    private static int IndexAt(int[] starts, int count, int offset)
    {
        var index = Array.BinarySearch(starts, 0, count, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Splits a text node so that a node starts at <paramref name="offset"/>; returns that node.</summary>
    private static Inline SplitBefore(Inline inline, int offset)
    {
        if (offset <= 0 || inline is not LiteralInline literal) return inline;
        var content = literal.Content;
        var right = new LiteralInline(new StringSlice(content.Text, content.Start + offset, content.End));
        literal.Content = new StringSlice(content.Text, content.Start, content.Start + offset - 1);
        literal.InsertAfter(right);
        return right;
    }

    /// <summary>Splits a text node so that its first <paramref name="length"/> characters end a node; returns that node.</summary>
    private static Inline SplitAfter(Inline inline, int length)
    {
        if (inline is not LiteralInline literal || length >= literal.Content.Length) return inline;
        var content = literal.Content;
        var right = new LiteralInline(new StringSlice(content.Text, content.Start + length, content.End));
        literal.Content = new StringSlice(content.Text, content.Start, content.Start + length - 1);
        literal.InsertAfter(right);
        return literal;
    }

    /// <summary>One body's linking: what is linked so far, and buffers reused from run to run.</summary>
    private sealed class State(BodyContext context)
    {
        private int[] _starts = new int[16];

        public BodyContext Context { get; } = context;

        public IReadOnlySet<string> Excluded { get; } = context.Input.ExcludedTerms;

        public HashSet<string> Linked { get; } = new(StringComparer.Ordinal);

        public RawHtmlTracker Html { get; } = new();

        public List<Inline> Run { get; } = [];

        public List<TermMatch> Matches { get; } = [];

        public System.Text.StringBuilder Text { get; } = new();

        /// <summary>A buffer for the run nodes' offsets, at least <paramref name="count"/> long.</summary>
        public int[] Starts(int count)
        {
            if (_starts.Length < count) _starts = new int[Math.Max(count, 2 * _starts.Length)];
            return _starts;
        }
    }
}
