namespace Briefings.Markdown.Extensions.FrenchTypography;

/// <summary>When a mark is punctuation of prose, and not part of a time, an address, a shortcode or an entity.</summary>
public sealed partial class FrenchTypesetter
{
    /// <summary>
    /// A <c>:</c> ends a clause when a space or the end follows it, but not when the space is one this typesetting puts
    /// before a mark (<c>:?</c> typeset is <c>:\u202F?</c>, and must stay so when typeset again).
    /// </summary>
    private bool EndsClause(int next)
    {
        if (next >= _length) return true;
        if (!char.IsWhiteSpace(_flat[next])) return false;
        var q = next;
        while (q < _length && IsSpace(_flat[q])) q++;
        return q >= _length || _flat[q] is not (';' or '!' or '?' or ':' or '»');
    }

    /// <summary>A <c>;</c> <c>!</c> <c>?</c> is punctuation when a space, the end or a quote or closing punctuation follows it
    /// (the quotes in both their typed and typeset forms, so that typeset text decides the same).</summary>
    private bool EndsMark(int next) =>
        next >= _length || char.IsWhiteSpace(_flat[next]) || _flat[next] is '»' or ')' or ']' or '}' or '”' or '’' or '"' or '\'' or '«' or '“' or '‘' or '.' or '…' or ',' or '!' or '?' or ';' or ':';

    /// <summary><c>:smile:</c>, an emoji shortcode: its second colon is not punctuation.</summary>
    private bool IsShortcode(int p)
    {
        var j = p - 1;
        while (j >= 0 && (char.IsAsciiLetterOrDigit(_flat[j]) || _flat[j] is '_' or '+' or '-')) j--;
        return j >= 0 && j < p - 1 && _flat[j] == ':' && (j == 0 || !char.IsLetterOrDigit(_flat[j - 1]));
    }

    /// <summary>The <c>;</c> of <c>&amp;amp;</c> written as text.</summary>
    private bool EndsEntity(int p)
    {
        var j = p - 1;
        while (j >= 0 && (char.IsAsciiLetterOrDigit(_flat[j]) || _flat[j] == '#')) j--;
        return j >= 0 && j < p - 1 && _flat[j] == '&';
    }

    /// <summary>The spaces a mark may have before it as typed: plain, tab, no-break, narrow no-break, thin, figure.</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or NoBreakSpace or NarrowNoBreakSpace or '\u2009' or '\u2007';
}
