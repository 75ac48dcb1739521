using System.Text.RegularExpressions;
using Briefings.Markdown.Extensions.GlossaryLinks;

namespace Briefings.Markdown.Extensions.FrenchTypography;

/// <summary>
/// Follows the author's raw HTML through a body to tell whether the text written next is French prose: not inside a
/// comment, a tag or a script (<see cref="RawHtmlTracker"/>), not inside <c>&lt;code&gt;</c>, <c>&lt;pre&gt;</c>,
/// <c>&lt;kbd&gt;</c>, <c>&lt;samp&gt;</c> and the like, and not inside an element whose <c>lang</c> is another language
/// (<c>&lt;q lang="en"&gt;</c>), until an inner element says <c>lang="fr"</c> again.
/// </summary>
public sealed partial class RawHtmlScope
{
    private static readonly string[] Verbatim = ["code", "pre", "kbd", "samp", "var", "tt", "script", "style", "textarea", "math", "svg"];
    private static readonly string[] Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    [GeneratedRegex(@"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>""']|""[^""]*""|'[^']*')*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?:^|\s)lang\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Lang();

    private readonly RawHtmlTracker _tracker = new();
    // Open elements that change the answer: (name, typeset inside) for verbatim ones (false) and those with a lang.
    private readonly List<(string Name, bool Typeset, bool Verbatim)> _open = [];

    /// <summary>Text written now is French prose, to typeset.</summary>
    public bool Typesets
    {
        get
        {
            if (!_tracker.InText) return false;
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                if (_open[i].Verbatim) return false;
            }
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                if (!_open[i].Verbatim) return _open[i].Typeset;
            }
            return true;
        }
    }

    /// <summary>Reads one raw piece: an inline tag or comment, or an HTML block's lines.</summary>
    public void Feed(string html)
    {
        _tracker.Feed(html);
        if (html.IndexOf('<') < 0) return;
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups[2].Value.ToLowerInvariant();
            if (tag.Groups[1].Length > 0)
            {
                var at = _open.FindLastIndex(e => e.Name == name);
                if (at >= 0) _open.RemoveRange(at, _open.Count - at);
                continue;
            }
            var attributes = tag.Groups[3].Value;
            if (attributes.EndsWith('/') || Array.IndexOf(Void, name) >= 0) continue;
            if (Array.IndexOf(Verbatim, name) >= 0) _open.Add((name, false, true));
            else if (Lang().Match(attributes) is { Success: true } lang)
            {
                var value = lang.Groups[1].Success ? lang.Groups[1].Value : lang.Groups[2].Success ? lang.Groups[2].Value : lang.Groups[3].Value;
                _open.Add((name, FrenchTypography.IsFrench(value), false));
            }
        }
    }
}
