namespace Briefings.Markdown.Extensions.FrenchTypography;

/// <summary>
/// One piece of a paragraph's text in reading order. Only <paramref name="Editable"/> pieces change (the words of
/// literal text); the others (code, URLs, line breaks, entities) are there so that the rules see what surrounds
/// the words: the <c>?</c> of <c>*Vraiment*?</c> follows a <c>t</c> written in another node.
/// </summary>
/// <remarks>The text is a slice of the body's own string where it can be, so gathering a paragraph copies nothing.</remarks>
public readonly record struct TypesetSegment(ReadOnlyMemory<char> Text, bool Editable)
{
    public TypesetSegment(string text, bool editable) : this(text.AsMemory(), editable)
    {
    }
}
