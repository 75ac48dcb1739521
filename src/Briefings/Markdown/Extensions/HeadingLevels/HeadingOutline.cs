namespace Briefings.Markdown.Extensions.HeadingLevels;

/// <summary>
/// The level each heading of a body takes under a page title, in document order: the first is an <c>h2</c> whatever
/// its marks (<c>#</c>, <c>##</c> or <c>###</c>), a heading deeper than the one before goes one level down (never two:
/// <c>##</c> then <c>####</c> is <c>h2</c> then <c>h3</c>), and one as shallow as an earlier heading takes that heading's
/// level again. Past <c>h6</c>, HTML has no level: deeper headings stay <c>h6</c>.
/// </summary>
public sealed class HeadingOutline
{
    private const int First = 2;
    private const int Deepest = 6;
    private readonly Stack<(int Written, int Shown)> _open = new();

    /// <param name="written">The heading's level as written (the number of <c>#</c>, or 1 and 2 for Setext underlines).</param>
    /// <returns>The level it is shown at.</returns>
    public int Next(int written)
    {
        while (_open.Count > 0 && _open.Peek().Written >= written) _open.Pop();
        var shown = _open.Count == 0 ? First : Math.Min(_open.Peek().Shown + 1, Deepest);
        _open.Push((written, shown));
        return shown;
    }
}
