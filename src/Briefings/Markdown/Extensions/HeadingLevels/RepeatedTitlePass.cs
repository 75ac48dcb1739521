using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.HeadingLevels;

/// <summary>
/// Drops a body's opening heading when it only repeats the briefing's title (<c># Le traité</c> under the title
/// <c>Le traité</c>): the page already shows the title as its <c>&lt;h1&gt;</c>. Titles are compared by their letters and
/// digits alone, ignoring case, accents, spacing and punctuation. The headings left are outlined again, so that the
/// first is still an <c>&lt;h2&gt;</c> and no level is skipped.
/// </summary>
public sealed class RepeatedTitlePass : IBodyPass
{
    public void Apply(MarkdownDocument document, BodyContext context)
    {
        if (context.Input.Title is not { } title || document.Count == 0 || document[0] is not HeadingBlock { Inline: { } inline } heading) return;
        if (Fold(Text(inline)) is not { Length: > 0 } words || words != Fold(title)) return;
        document.RemoveAt(0);
        var outline = new HeadingOutline();
        foreach (var other in document.Descendants<HeadingBlock>())
        {
            if (other != heading) other.Level = outline.Next(other.Level);
        }
    }

    private static string Text(ContainerInline inline)
    {
        var text = new StringBuilder();
        foreach (var leaf in inline.Descendants<Inline>())
        {
            if (leaf is LiteralInline literal) text.Append(literal.Content.AsSpan());
            else if (leaf is CodeInline code) text.Append(code.Content);
        }
        return text.ToString();
    }

    /// <summary>Letters and digits, lower case, without accents: <c>Le Traité : 1992</c> and <c>le traite 1992</c> fold alike.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
