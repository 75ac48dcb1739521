using Briefings.Glossary;
using Briefings.Output;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.GlossaryLinks;

/// <summary>
/// Links the first mention of each glossary term in a body, by any of its forms, in one pass of the
/// build-wide <see cref="TermMatcher"/> over each run of text. Headings, links, code and existing
/// <c>&lt;abbr&gt;</c> are left alone; later mentions stay plain text.
/// </summary>
public sealed class GlossaryLinkPass(TermMatcher matcher, IReadOnlyDictionary<string, string> shortDefinitions) : IBodyPass
{
    public void Apply(MarkdownDocument document, BodyContext context)
    {
        if (shortDefinitions.Count == 0) return;
        var excluded = context.Briefing.GlossaryExclude.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var state = new State(context, excluded);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock or CodeBlock or HtmlBlock || block.Inline is null) continue;
            Visit(block.Inline, state);
        }
    }

    private void Visit(ContainerInline container, State state)
    {
        var run = new List<Inline>();
        var insideRawTag = 0; // inside a raw <abbr> or <a> written by the author
        Inline? next;
        for (var inline = container.FirstChild; inline is not null; inline = next)
        {
            next = inline.NextSibling; // wrapping moves only nodes already in the run, never this one
            switch (inline)
            {
                case LiteralInline when insideRawTag == 0:
                case LineBreakInline { IsHard: false } when insideRawTag == 0:
                    run.Add(inline);
                    continue;
                case HtmlInline html:
                    insideRawTag = Math.Max(0, insideRawTag + RawTagDepth(html.Tag));
                    break;
                case LinkInline or AutolinkInline or CodeInline or GlossaryLinkInline:
                    break;
                case ContainerInline child when insideRawTag == 0:
                    Flush(run, state);
                    Visit(child, state);
                    continue;
            }
            Flush(run, state);
        }
        Flush(run, state);
    }

    private static int RawTagDepth(string tag)
    {
        var lower = tag.ToLowerInvariant();
        if (lower.StartsWith("<abbr", StringComparison.Ordinal) || lower.StartsWith("<a ", StringComparison.Ordinal) || lower == "<a>") return 1;
        if (lower.StartsWith("</abbr", StringComparison.Ordinal) || lower.StartsWith("</a", StringComparison.Ordinal)) return -1;
        return 0;
    }

    /// <summary>Matches one run of adjacent text nodes as a whole, so forms broken by a line still match.</summary>
    private void Flush(List<Inline> run, State state)
    {
        if (run.Count == 0) return;
        if (run is [LiteralInline single])
        {
            // The usual case, a paragraph's text in one node: no copy to build.
            MatchAndWrap(run, [0], single.Content.ToString(), state);
            return;
        }
        var text = new System.Text.StringBuilder();
        var starts = new int[run.Count];
        for (var i = 0; i < run.Count; i++)
        {
            starts[i] = text.Length;
            if (run[i] is LiteralInline literal) text.Append(literal.Content.AsSpan());
            else text.Append(' ');
        }
        MatchAndWrap(run, starts, text.ToString(), state);
    }

    private void MatchAndWrap(List<Inline> run, int[] starts, string text, State state)
    {
        List<TermMatch>? chosen = null;
        foreach (var match in matcher.FindAll(text))
        {
            if (state.Excluded.Contains(match.TermId) || !state.Linked.Add(match.TermId)) continue;
            (chosen ??= []).Add(match);
        }
        // Wrap from the right so that splitting nodes does not move the offsets still to come.
        for (var m = (chosen?.Count ?? 0) - 1; m >= 0; m--) Wrap(run, starts, chosen![m], state);
        run.Clear();
    }

    private void Wrap(List<Inline> run, int[] starts, TermMatch match, State state)
    {
        var end = match.Start + match.Length;
        var first = IndexAt(starts, match.Start);
        var last = IndexAt(starts, end - 1);
        var firstNode = SplitBefore(run[first], match.Start - starts[first]);
        var lastNode = run[last] == run[first] && firstNode != run[first]
            ? SplitAfter(firstNode, end - match.Start)
            : SplitAfter(run[last], end - starts[last]);

        var href = SitePaths.Relative(SitePaths.Briefing(state.Context.Briefing.Slug), SitePaths.GlossaryTerm(match.TermId));
        var link = new GlossaryLinkInline(match.TermId, href, shortDefinitions[match.TermId]);
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

    private static int IndexAt(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
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

    private sealed record State(BodyContext Context, HashSet<string> Excluded)
    {
        public HashSet<string> Linked { get; } = new(StringComparer.Ordinal);
    }
}
