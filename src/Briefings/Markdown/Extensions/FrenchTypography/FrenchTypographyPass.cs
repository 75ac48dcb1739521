using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.FrenchTypography;

/// <summary>
/// Typesets a French body's text (<see cref="FrenchTypesetter"/>) after the other passes, so that the glossary has
/// matched forms as written and its links' words are typeset too. Each paragraph, heading or cell is read as one
/// text: code, URLs, autolinks, entities, images and raw HTML are part of what the rules see but never change,
/// and text inside the author's <c>&lt;code&gt;</c> or an element in another <c>lang</c> is left alone
/// (<see cref="RawHtmlScope"/>). Other languages are not touched.
/// </summary>
public sealed class FrenchTypographyPass : IBodyPass
{
    // One typesetter per thread for this build's bodies: its buffers serve body after body instead of being made for each.
    private readonly ThreadLocal<FrenchTypesetter> _typesetters = new(() => new FrenchTypesetter());

    public void Apply(MarkdownDocument document, BodyContext context)
    {
        if (FrenchTypography.IsFrench(context.Input.Language)) Typeset(document, _typesetters.Value);
    }

    /// <summary>Typesets every text of <paramref name="document"/> (a body, a definition, a summary) as French.</summary>
    /// <param name="typesetter">One to reuse (not shared between threads), or null for a new one.</param>
    public static void Typeset(MarkdownDocument document, FrenchTypesetter? typesetter = null)
    {
        var walk = new Walk(typesetter ?? new FrenchTypesetter(), new RawHtmlScope());
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HtmlBlock html:
                    foreach (var line in html.Lines.Lines.AsSpan(0, html.Lines.Count)) walk.Html.Feed(line.Slice.ToString() + "\n");
                    break;
                case CodeBlock:
                    break;
                case { Inline: { } inline }:
                    walk.Gather(inline);
                    walk.Flush();
                    break;
            }
        }
    }

    /// <summary>One document's walk: the paragraph being gathered, and the raw HTML followed so far.</summary>
    private sealed class Walk(FrenchTypesetter typesetter, RawHtmlScope html)
    {
        private readonly List<TypesetSegment> _segments = [];
        private readonly List<LiteralInline?> _literals = [];

        public RawHtmlScope Html { get; } = html;

        public void Gather(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        Add((literal.Content.Text ?? "").AsMemory(literal.Content.Start, literal.Content.Length), Html.Typesets ? literal : null);
                        break;
                    case HtmlInline raw:
                        Html.Feed(raw.Tag);
                        break;
                    case CodeInline code:
                        Add(code.Content.AsMemory(), null);
                        break;
                    case AutolinkInline autolink:
                        Add(autolink.Url.AsMemory(), null);
                        break;
                    case HtmlEntityInline entity:
                        Add(entity.Transcoded.Text.AsMemory(entity.Transcoded.Start, entity.Transcoded.Length), null);
                        break;
                    case LineBreakInline:
                        Add("\n".AsMemory(), null);
                        break;
                    case LinkInline { IsImage: true }:
                        Add("\uFFFC".AsMemory(), null); // an object in the line; its alt text is an attribute
                        break;
                    case LinkInline link when link.IsAutoLink || IsAddress(link):
                        Add((link.Url ?? "").AsMemory(), null);
                        break;
                    case ContainerInline child:
                        Gather(child);
                        break;
                    case FootnoteLink:
                        Add("\uFFFC".AsMemory(), null);
                        break;
                }
            }
        }

        /// <summary>A link whose words are its address (<c>[https://x.org/?q](https://x.org/?q)</c>): an address.</summary>
        private static bool IsAddress(LinkInline link) =>
            link.Url is { Length: > 0 } url && link.FirstChild is LiteralInline { NextSibling: null } only && only.Content.AsSpan().SequenceEqual(url);

        private void Add(ReadOnlyMemory<char> text, LiteralInline? literal)
        {
            _segments.Add(new TypesetSegment(text, literal is not null));
            _literals.Add(literal);
        }

        public void Flush()
        {
            if (_segments.Count == 0) return;
            var results = typesetter.Apply(_segments);
            for (var i = 0; i < results.Length; i++)
            {
                if (results[i] is { } pieces) Replace(_literals[i]!, pieces);
            }
            _segments.Clear();
            _literals.Clear();
        }

        /// <summary>The literal's new words; raised letters become a superscript (<c>^</c> emphasis, written <c>&lt;sup&gt;</c>).</summary>
        /// <remarks>The first piece is never raised: an ordinal's number comes first, in the same literal.</remarks>
        private static void Replace(LiteralInline literal, IReadOnlyList<TypesetPiece> pieces)
        {
            literal.Content = pieces.Count == 0 ? StringSlice.Empty : new StringSlice(pieces[0].Text);
            Inline last = literal;
            for (var i = 1; i < pieces.Count; i++)
            {
                Inline next = pieces[i].Superscript
                    ? new EmphasisInline { DelimiterChar = '^', DelimiterCount = 1 }.AppendChild(new LiteralInline(pieces[i].Text))
                    : new LiteralInline(pieces[i].Text);
                last.InsertAfter(next);
                last = next;
            }
        }
    }
}
