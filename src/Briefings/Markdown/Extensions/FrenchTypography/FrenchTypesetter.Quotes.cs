namespace Briefings.Markdown.Extensions.FrenchTypography;

/// <summary>Quotes and apostrophes: <c>« »</c> held to their words, <c>"…"</c> as <c>« »</c> (<c>“ ”</c> inside them), <c>’</c> for <c>'</c>.</summary>
public sealed partial class FrenchTypesetter
{
    private bool OpenGuillemet(int p, int segment)
    {
        for (var q = p + 1; q < _length; q++)
        {
            if (char.IsWhiteSpace(_flat[q])) continue;
            if (_flat[q] == '»') return false; // « » alone: nothing to hold together
            Emit(NoBreakSpace, segment);
            return true;
        }
        return false;
    }

    private void CloseGuillemet(int segment)
    {
        if (_quotes.Count > 0 && _quotes[^1] == '«') _quotes.RemoveAt(_quotes.Count - 1);
        var k = _outLength;
        while (k > 0 && (_outFlags[k - 1] & EditableFlag) != 0 && IsSpace(_out[k - 1])) k--;
        if (k > 0 && !char.IsWhiteSpace(_out[k - 1]) && _out[k - 1] != '«')
        {
            _outLength = k;
            Emit(NoBreakSpace, segment);
        }
        Emit('»', segment);
    }

    /// <summary><c>"</c> opens after a space or an opening mark and before a word, closes after a word; else it stays.</summary>
    private bool StraightQuote(int p, int segment)
    {
        var previous = _outLength > 0 ? _out[_outLength - 1] : ' ';
        var next = p + 1 < _length ? _flat[p + 1] : ' ';
        var afterSpace = char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '«' or '“' or '—' or '–' or '/';
        if (afterSpace && !char.IsWhiteSpace(next))
        {
            // French quotes outside, English ones inside them.
            if (_quotes.Count > 0 && _quotes[^1] == '«')
            {
                _quotes.Add('“');
                Emit('“', segment);
                return false;
            }
            _quotes.Add('«');
            Emit('«', segment);
            return OpenGuillemet(p, segment);
        }
        if (!afterSpace && _quotes.Count > 0)
        {
            if (_quotes[^1] == '«') CloseGuillemet(segment);
            else
            {
                _quotes.RemoveAt(_quotes.Count - 1);
                Emit('”', segment);
            }
            return false;
        }
        Emit('"', segment);
        return false;
    }

    private char Apostrophe(int p)
    {
        var previous = _outLength > 0 ? _out[_outLength - 1] : ' ';
        if (char.IsLetterOrDigit(previous)) return '’';
        var next = p + 1 < _length ? _flat[p + 1] : ' ';
        return char.IsLetterOrDigit(next) ? '‘' : '\'';
    }
}
