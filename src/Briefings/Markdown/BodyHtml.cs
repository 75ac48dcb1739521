namespace Briefings.Markdown;

/// <summary>
/// A body's HTML with a slot for the <c>href</c> of each of its <see cref="BodyLink"/>s (or the size of a local
/// image, written as an attribute <c>slot=""</c> of its own): a NUL, then the link's index plus one as a character. NUL never reaches here from a file (the decoder refuses it
/// and Markdown turns <c>&amp;#0;</c> into U+FFFD), so a slot cannot be forged by an author.
/// </summary>
public static class BodyHtml
{
    public const char Slot = '\0';

    /// <summary>The most links one body can hold: one slot character each.</summary>
    public const int MaxLinks = char.MaxValue - 1;

    public static string SlotFor(int index) => new([Slot, (char)(index + 1)]);

    /// <summary>Writes <paramref name="html"/> with each slot replaced by the attribute <paramref name="attribute"/> gives for its link.</summary>
    public static void Write(string html, Func<int, string> attribute, Action<string, int, int> write)
    {
        var start = 0;
        while (true)
        {
            var slot = html.IndexOf(Slot, start);
            if (slot < 0)
            {
                write(html, start, html.Length - start);
                return;
            }
            var text = attribute(html[slot + 1] - 1);
            // A slot that Markdig wrote as an attribute of its own (an image's size: ` <slot>=""`) stands for the whole
            // attribute, its space included when it is empty.
            var own = html.AsSpan(slot + 2).StartsWith("=\"\"") && slot > start && html[slot - 1] == ' ';
            var end = own && text.Length == 0 ? slot - 1 : slot;
            write(html, start, end - start);
            write(text, 0, text.Length);
            start = own ? slot + 5 : slot + 2;
        }
    }
}
