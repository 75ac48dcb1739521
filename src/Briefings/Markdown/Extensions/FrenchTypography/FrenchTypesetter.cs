using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Markdown.Extensions.FrenchTypography;

/// <summary>
/// French press typography (<i>Abrégé du code typographique à l’usage de la presse</i>) over one paragraph's text:
/// a no-break space (U+00A0) before <c>:</c> and inside <c>« »</c>, a narrow no-break space (U+202F) before <c>;</c>
/// <c>!</c> <c>?</c>, <c>’</c> for an apostrophe, <c>« »</c> (and <c>“ ”</c> inside them) for <c>"…"</c>, and ordinals
/// (<c>1er</c>, <c>2e</c>, <c>XXe</c>, <c>Ier</c>) with their letters raised. The spaces the author typed before a mark
/// (plain, no-break or thin) are replaced by the one required, so typeset text typesets to itself.
/// </summary>
/// <remarks>
/// Marks act only as punctuation of prose: a <c>:</c> followed by a space or the end (so <c>10:30</c>,
/// <c>https://</c>, <c>std::</c> stay), a <c>;</c> <c>!</c> <c>?</c> followed by a space, the end or closing
/// punctuation (so <c>?q=1</c>, <c>!important</c>, <c>&amp;amp;</c> stay); a run <c>!?</c> gets one space before
/// it. Nothing is added at the start of a paragraph or after an opening bracket. <c>%</c> is left alone: the
/// Abrégé writes <c>50 %</c> with a space the author types, and a rule could not tell <c>50%</c> in a URL-like
/// text from prose. Text that looks like an address (<c>scheme://…</c>, <c>www.…</c>, <c>mailto:…</c>) is not
/// touched even when it is not a link. One instance per thread: it keeps its buffers between paragraphs.
/// </remarks>
public sealed partial class FrenchTypesetter
{
    public const char NoBreakSpace = '\u00A0';
    public const char NarrowNoBreakSpace = '\u202F';

    private static readonly SearchValues<char> Triggers = SearchValues.Create(":;!?«»“”\"'0123456789IVXLC");
    // A plain text's ordinals stay on the line: only its marks and quotes can change it.
    private static readonly SearchValues<char> Marks = SearchValues.Create(":;!?«»“”\"'");

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.|mailto:)[^\s<>""«»“”‘’]*")]
    private static partial Regex Address();

    // Sized by the first text: a title typeset once costs arrays of its own length, a body's paragraphs reuse them.
    private char[] _flat = [];
    private int[] _segmentOf = [];
    private bool[] _editable = [];
    private char[] _out = [];
    private int[] _outSegment = [];
    private byte[] _outFlags = [];
    private int _length;
    private int _outLength;
    private readonly List<char> _quotes = [];

    private const byte EditableFlag = 1;
    private const byte SuperscriptFlag = 2;

    /// <summary>Typesets a plain text (a title, a summary) as one editable piece; ordinals stay on the line (no markup).</summary>
    public string Text(string text)
    {
        if (text.AsSpan().IndexOfAny(Marks) < 0) return text;
        var result = Apply([new TypesetSegment(text, true)]);
        return result[0] is { } pieces ? string.Concat(pieces.Select(p => p.Text)) : text;
    }

    /// <summary>
    /// The typeset text of each segment: null where it is not editable or did not change, else its pieces in order.
    /// </summary>
    public IReadOnlyList<TypesetPiece>?[] Apply(IReadOnlyList<TypesetSegment> segments)
    {
        var results = new IReadOnlyList<TypesetPiece>?[segments.Count];
        var any = false;
        for (var s = 0; s < segments.Count && !any; s++)
        {
            any = segments[s].Editable && segments[s].Text.Span.IndexOfAny(Triggers) >= 0;
        }
        if (!any) return results;

        Load(segments);
        _outLength = 0;
        _quotes.Clear();
        var skipSpaces = false; // after an opening «: the spaces typed there are replaced by the one written
        for (var p = 0; p < _length; p++)
        {
            var c = _flat[p];
            var segment = _segmentOf[p];
            if (!_editable[p])
            {
                Emit(c, segment, 0);
                skipSpaces = false;
                continue;
            }
            if (skipSpaces)
            {
                if (IsSpace(c)) continue;
                skipSpaces = false;
            }
            switch (c)
            {
                case ':':
                    if (EndsClause(p + 1) && !IsShortcode(p)) SpaceBefore(NoBreakSpace, segment, afterMark: false);
                    Emit(c, segment);
                    break;
                case ';':
                    if (EndsMark(p + 1) && !EndsEntity(p)) SpaceBefore(NarrowNoBreakSpace, segment, afterMark: true);
                    Emit(c, segment);
                    break;
                case '!' or '?':
                    if (EndsMark(p + 1)) SpaceBefore(NarrowNoBreakSpace, segment, afterMark: true);
                    Emit(c, segment);
                    break;
                case '«':
                    Emit(c, segment);
                    _quotes.Add('«');
                    skipSpaces = OpenGuillemet(p, segment);
                    break;
                case '»':
                    CloseGuillemet(segment);
                    break;
                case '“':
                    _quotes.Add('“');
                    Emit(c, segment);
                    break;
                case '”':
                    if (_quotes.Count > 0 && _quotes[^1] == '“') _quotes.RemoveAt(_quotes.Count - 1);
                    Emit(c, segment);
                    break;
                case '"':
                    skipSpaces = StraightQuote(p, segment);
                    break;
                case '\'':
                    Emit(Apostrophe(p), segment);
                    break;
                default:
                    if (Ordinal(p) is var end and > 0)
                    {
                        p = end - 1;
                        break;
                    }
                    Emit(c, segment);
                    break;
            }
        }
        Collect(segments, results);
        return results;
    }

    private void Load(IReadOnlyList<TypesetSegment> segments)
    {
        var total = 0;
        for (var s = 0; s < segments.Count; s++) total += segments[s].Text.Length;
        if (_flat.Length < total)
        {
            var size = Math.Max(total, 2 * _flat.Length);
            _flat = new char[size];
            _segmentOf = new int[size];
            _editable = new bool[size];
        }
        // Room for the text and the spaces it may gain, so that a paragraph rarely grows the output as it goes.
        if (_out.Length < total + total / 8 + 16)
        {
            var size = Math.Max(total + total / 8 + 16, 2 * _out.Length);
            _out = new char[size];
            _outSegment = new int[size];
            _outFlags = new byte[size];
        }
        _length = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            var (memory, editable) = segments[s];
            var text = memory.Span;
            text.CopyTo(_flat.AsSpan(_length));
            Array.Fill(_segmentOf, s, _length, text.Length);
            Array.Fill(_editable, editable, _length, text.Length);
            if (editable && (text.IndexOf("://") >= 0 || text.IndexOf("www.") >= 0 || text.IndexOf("mailto:") >= 0))
            {
                foreach (var address in Address().EnumerateMatches(text)) Array.Fill(_editable, false, _length + address.Index, address.Length);
            }
            _length += text.Length;
        }
    }

    private void Emit(char c, int segment, byte flags = EditableFlag)
    {
        if (_outLength == _out.Length)
        {
            var size = Math.Max(16, 2 * _out.Length);
            Array.Resize(ref _out, size);
            Array.Resize(ref _outSegment, size);
            Array.Resize(ref _outFlags, size);
        }
        _out[_outLength] = c;
        _outSegment[_outLength] = segment;
        _outFlags[_outLength] = flags;
        _outLength++;
    }

    /// <summary>
    /// Replaces the spaces typed before a mark by <paramref name="space"/>, or adds it. Nothing when the mark opens the
    /// paragraph or a line, follows an opening bracket, or (<paramref name="afterMark"/>) directly follows <c>!</c> or <c>?</c>.
    /// </summary>
    private void SpaceBefore(char space, int segment, bool afterMark)
    {
        var k = _outLength;
        while (k > 0 && (_outFlags[k - 1] & EditableFlag) != 0 && IsSpace(_out[k - 1])) k--;
        if (k == 0) return;
        var previous = _out[k - 1];
        if (char.IsWhiteSpace(previous) || previous is '(' or '[' or '{') return;
        if (afterMark && k == _outLength && previous is '!' or '?') return;
        _outLength = k;
        Emit(space, segment);
    }

    /// <summary>An ordinal at <paramref name="p"/> (<see cref="Ordinals"/>), written with its letters raised: the position after it, or 0.</summary>
    private int Ordinal(int p)
    {
        var c = _flat[p];
        var roman = Ordinals.IsRomanLetter(c);
        if (!char.IsAsciiDigit(c) && !roman) return 0;
        // Inside a word, a number or a code-like token (#3e3e3e, v1.2e, a_2e): not an ordinal.
        if (p > 0 && (char.IsLetterOrDigit(_flat[p - 1]) || _flat[p - 1] is '#' or '_' or '&' or '/' or '.' or ',')) return 0;
        var segment = _segmentOf[p];
        var q = p;
        while (q < _length && _segmentOf[q] == segment && _editable[q] && (roman ? Ordinals.IsRomanLetter(_flat[q]) : char.IsAsciiDigit(_flat[q]))) q++;
        var r = q;
        while (r < _length && _segmentOf[r] == segment && _editable[r] && char.IsAsciiLetterLower(_flat[r])) r++;
        if (r == q || (r < _length && (char.IsLetterOrDigit(_flat[r]) || _flat[r] == '_'))) return 0;
        if (!Ordinals.Is(_flat.AsSpan(p, q - p), _flat.AsSpan(q, r - q), roman)) return 0;
        for (var i = p; i < q; i++) Emit(_flat[i], segment);
        for (var i = q; i < r; i++) Emit(_flat[i], segment, EditableFlag | SuperscriptFlag);
        return r;
    }

    private void Collect(IReadOnlyList<TypesetSegment> segments, IReadOnlyList<TypesetPiece>?[] results)
    {
        var o = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            var start = o;
            while (o < _outLength && _outSegment[o] == s) o++;
            if (!segments[s].Editable) continue;
            var superscript = false;
            for (var i = start; i < o; i++) superscript |= (_outFlags[i] & SuperscriptFlag) != 0;
            if (!superscript && _out.AsSpan(start, o - start).SequenceEqual(segments[s].Text.Span)) continue;
            var pieces = new List<TypesetPiece>(superscript ? 3 : 1);
            var pieceStart = start;
            for (var i = start + 1; i <= o; i++)
            {
                if (i < o && (_outFlags[i] & SuperscriptFlag) == (_outFlags[pieceStart] & SuperscriptFlag)) continue;
                pieces.Add(new TypesetPiece(new string(_out, pieceStart, i - pieceStart), (_outFlags[pieceStart] & SuperscriptFlag) != 0));
                pieceStart = i;
            }
            results[s] = pieces;
        }
    }
}
