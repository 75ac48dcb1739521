namespace Briefings.Markdown.Extensions.GlossaryLinks;

/// <summary>
/// Follows an author's raw HTML through a body, as a browser's tokenizer reads it (WHATWG HTML §13.2.5, cut
/// down), to tell whether text written next lands in ordinary page text. Markdig's own output between raw
/// pieces is escaped text and whole tags, so it is not fed; raw pieces are: a glossary link written inside an
/// author's <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c>, <c>&lt;textarea&gt;</c>, <c>&lt;title&gt;</c>, a comment or an unclosed tag
/// would become script, style, text or attributes. When unsure it says no, and the body's terms stay unlinked.
/// </summary>
public sealed class RawHtmlTracker
{
    private enum State { Text, Tag, DoubleQuoted, SingleQuoted, Unquoted, BeforeValue, Comment, BogusComment, RawText, Lost }

    // Elements whose content the tokenizer reads as text to their end tag (raw text and escapable raw text).
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

    private State _state = State.Text;
    private string _tagName = "";
    private bool _endTag;
    private string _rawText = "";

    /// <summary>Text written now would be page text.</summary>
    public bool InText => _state == State.Text;

    /// <summary>Reads one raw piece: an inline tag or comment, or an HTML block's lines.</summary>
    public void Feed(ReadOnlySpan<char> html)
    {
        var i = 0;
        while (i < html.Length && _state != State.Lost)
        {
            var c = html[i];
            switch (_state)
            {
                case State.Text:
                    if (c == '<') i = Open(html, i);
                    else i++;
                    continue;
                case State.Tag:
                    if (c == '>') EndOfTag();
                    else if (c == '=') _state = State.BeforeValue;
                    i++;
                    continue;
                case State.BeforeValue:
                    _state = c switch
                    {
                        '"' => State.DoubleQuoted,
                        '\'' => State.SingleQuoted,
                        ' ' or '\t' or '\n' or '\f' or '\r' => State.BeforeValue,
                        '>' => State.Tag,
                        _ => State.Unquoted,
                    };
                    if (c == '>') continue; // ends the tag, read again in Tag
                    i++;
                    continue;
                case State.DoubleQuoted:
                    if (c == '"') _state = State.Tag;
                    i++;
                    continue;
                case State.SingleQuoted:
                    if (c == '\'') _state = State.Tag;
                    i++;
                    continue;
                case State.Unquoted:
                    if (c is ' ' or '\t' or '\n' or '\f' or '\r') _state = State.Tag;
                    else if (c == '>') { _state = State.Tag; continue; }
                    i++;
                    continue;
                case State.Comment:
                    var close = html[i..].IndexOf("-->".AsSpan());
                    var bang = html[i..].IndexOf("--!>".AsSpan());
                    if (close < 0 && bang < 0) return;
                    var at = close < 0 ? bang : bang < 0 ? close : Math.Min(close, bang);
                    i += at + (at == bang ? 4 : 3);
                    _state = State.Text;
                    continue;
                case State.BogusComment:
                    var gt = html[i..].IndexOf('>');
                    if (gt < 0) return;
                    i += gt + 1;
                    _state = State.Text;
                    continue;
                case State.RawText:
                    i = RawText(html, i);
                    continue;
            }
        }
    }

    private int Open(ReadOnlySpan<char> html, int i)
    {
        var rest = html[(i + 1)..];
        if (rest.StartsWith("!--"))
        {
            // "<!-->" and "<!--->" close at once.
            if (rest[3..].StartsWith(">")) return i + 5;
            if (rest[3..].StartsWith("->")) return i + 6;
            _state = State.Comment;
            return i + 4;
        }
        if (rest.Length > 0 && rest[0] is '!' or '?')
        {
            _state = State.BogusComment;
            return i + 2;
        }
        var end = rest.Length > 0 && rest[0] == '/';
        var name = end ? rest[1..] : rest;
        if (name.Length == 0)
        {
            // A piece ends with "<": whether a tag follows depends on what comes next, which is not raw.
            _state = State.Lost;
            return html.Length;
        }
        if (!char.IsAsciiLetter(name[0]))
        {
            if (end && name[0] != '>') _state = State.BogusComment; // "</3" is a bogus comment; "</>" nothing
            return i + (end ? 2 : 1);
        }
        var length = 0;
        while (length < name.Length && name[length] is not (' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>')) length++;
        _tagName = name[..length].ToString().ToLowerInvariant();
        _endTag = end;
        _state = State.Tag;
        return i + 1 + (end ? 1 : 0) + length;
    }

    private void EndOfTag()
    {
        _state = State.Text;
        if (_endTag) return;
        if (_tagName == "plaintext") _state = State.Lost; // the rest of the page is text
        else if (Array.IndexOf(RawTextElements, _tagName) >= 0)
        {
            _state = State.RawText;
            _rawText = _tagName;
        }
    }

    /// <summary>Inside a raw text element: its end tag, or the end of the piece.</summary>
    private int RawText(ReadOnlySpan<char> html, int i)
    {
        // A script holding "<!--" may be in the tokenizer's escaped states, where "</script>" can stop ending it: give up.
        if (_rawText == "script" && html[i..].IndexOf("<!--".AsSpan()) is var comment and >= 0)
        {
            var closing = IndexOfEndTag(html, i);
            if (closing < 0 || comment + i < closing)
            {
                _state = State.Lost;
                return html.Length;
            }
        }
        var at = IndexOfEndTag(html, i);
        if (at < 0) return html.Length;
        _tagName = _rawText;
        _endTag = true;
        _state = State.Tag;
        return at + 2 + _rawText.Length;
    }

    private int IndexOfEndTag(ReadOnlySpan<char> html, int from)
    {
        for (var i = from; i + 2 + _rawText.Length <= html.Length; i++)
        {
            if (html[i] != '<' || html[i + 1] != '/') continue;
            if (!html.Slice(i + 2, _rawText.Length).Equals(_rawText, StringComparison.OrdinalIgnoreCase)) continue;
            var after = i + 2 + _rawText.Length;
            if (after == html.Length || html[after] is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>') return i;
        }
        return -1;
    }
}
