using System.Collections.Frozen;

namespace Briefings.Glossary;

/// <summary>
/// Finds glossary terms in text in one left-to-right pass. All forms of all terms go into one trie,
/// built once per build and shared by every page (it is immutable). From each word start the trie is
/// walked as far as the text allows and the longest form that ends on a word boundary wins, so
/// <c>Organisation du traité de sécurité collective</c> beats <c>traité</c>. Abbreviations match
/// case-sensitively, other forms ignoring case; accents always count (<c>traité</c> is not <c>traite</c>).
/// </summary>
public sealed class TermMatcher
{
    private readonly Node _root;

    public TermMatcher(IEnumerable<TermForm> forms)
    {
        var root = new Builder();
        foreach (var form in forms)
        {
            var normalized = TermText.NormalizeForm(form.Text);
            if (normalized.Length == 0) continue;
            var node = root;
            foreach (var c in normalized) node = node.Child(TermText.Fold(c));
            node.Terminals.Add(new Terminal(form.TermId, form.Text, normalized, form.CaseSensitive));
        }
        _root = root.Freeze();
    }

    /// <summary>Every mention, left to right, never overlapping.</summary>
    public IReadOnlyList<TermMatch> FindAll(string text)
    {
        var matches = new List<TermMatch>();
        var i = 0;
        while (i < text.Length)
        {
            var wordStart = i == 0 || !TermText.IsWordChar(text[i - 1]);
            if (!wordStart || char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            if (Longest(text, i) is { } match)
            {
                matches.Add(match);
                i = match.Start + match.Length;
            }
            else
            {
                i++;
            }
        }
        return matches;
    }

    /// <summary>The longest form starting at <paramref name="start"/> and ending on a word boundary.</summary>
    private TermMatch? Longest(string text, int start)
    {
        TermMatch? best = null;
        var node = _root;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++; // any run of spacing is one space
                c = ' ';
            }
            else
            {
                i++;
            }
            if (!node.Children.TryGetValue(TermText.Fold(c), out var next)) break;
            node = next;
            if (node.Terminals.Length > 0 && (i == text.Length || !TermText.IsWordChar(text[i])))
            {
                if (Pick(node.Terminals, text, start, i) is { } terminal) best = new TermMatch(start, i - start, terminal.TermId, terminal.Form);
            }
        }
        return best;
    }

    /// <summary>Of the forms that fold to this text, a case-sensitive one that matches exactly, else a case-insensitive one.</summary>
    private static Terminal? Pick(Terminal[] terminals, string text, int start, int end)
    {
        Terminal? caseInsensitive = null;
        foreach (var terminal in terminals)
        {
            if (!terminal.CaseSensitive) caseInsensitive ??= terminal;
            else if (SameCase(terminal.Normalized, text, start, end)) return terminal;
        }
        return caseInsensitive;
    }

    private static bool SameCase(string normalized, string text, int start, int end)
    {
        var k = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (k < normalized.Length && normalized[k] == ' ' && (i + 1 == end || !char.IsWhiteSpace(text[i + 1]))) k++;
                continue;
            }
            if (k >= normalized.Length || normalized[k] != TermText.Normalize(text[i])) return false;
            k++;
        }
        return k == normalized.Length;
    }

    /// <summary>Pairs of forms of different terms that would match the same words: a glossary error.</summary>
    public static IReadOnlyList<(TermForm First, TermForm Second)> FindConflicts(IEnumerable<TermForm> forms)
    {
        var conflicts = new List<(TermForm, TermForm)>();
        foreach (var group in forms.Distinct().GroupBy(f => string.Concat(TermText.NormalizeForm(f.Text).Select(TermText.Fold)), StringComparer.Ordinal))
        {
            var list = group.ToList();
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    var (x, y) = (list[a], list[b]);
                    if (x.TermId == y.TermId) continue;
                    // Forms written alike always clash. Otherwise only two case-insensitive ones do: an
                    // abbreviation keeps its exact case (AS) beside a word of the same letters (as).
                    var clash = (!x.CaseSensitive && !y.CaseSensitive) || TermText.NormalizeForm(x.Text) == TermText.NormalizeForm(y.Text);
                    if (clash) conflicts.Add((x, y));
                }
            }
        }
        return conflicts;
    }

    private sealed record Terminal(string TermId, string Form, string Normalized, bool CaseSensitive);

    private sealed class Node(FrozenDictionary<char, Node> children, Terminal[] terminals)
    {
        public FrozenDictionary<char, Node> Children { get; } = children;
        public Terminal[] Terminals { get; } = terminals;
    }

    private sealed class Builder
    {
        private readonly Dictionary<char, Builder> _children = [];

        public List<Terminal> Terminals { get; } = [];

        public Builder Child(char c)
        {
            if (!_children.TryGetValue(c, out var child)) _children[c] = child = new Builder();
            return child;
        }

        public Node Freeze() => new(_children.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Freeze()), [.. Terminals]);
    }
}
