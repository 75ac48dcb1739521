using System.Runtime.CompilerServices;

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
    // The trie, flattened: node n's edges are _edgeChars/_edgeTargets[_edgeStart[n] .. _edgeStart[n + 1]),
    // sorted by character, and _terminals[n] the forms that end there. Arrays rather than a dictionary
    // per node: a walk is a few array reads, and the whole trie is a handful of objects.
    private readonly int[] _edgeStart;
    private readonly char[] _edgeChars;
    private readonly int[] _edgeTargets;
    private readonly Terminal[]?[] _terminals;

    // What the scan asks of every character, answered by one table read: can it start a form (most
    // words start none and are passed over at once), and is it part of a word. The folding table is
    // TermText's, held here so that the loops read instance fields only.
    private const byte StartsForm = 1;
    private const byte InWord = 2;
    private readonly byte[] _classes;
    private readonly char[] _fold = TermText.FoldTable;

    private TermMatcher(int[] edgeStart, char[] edgeChars, int[] edgeTargets, Terminal[]?[] terminals, byte[] classes)
    {
        _edgeStart = edgeStart;
        _edgeChars = edgeChars;
        _edgeTargets = edgeTargets;
        _terminals = terminals;
        _classes = classes;
    }

    /// <summary>Builds the trie of every form, once per build.</summary>
    public static TermMatcher Build(IEnumerable<TermForm> forms)
    {
        var fold = TermText.FoldTable;
        var root = new Builder();
        foreach (var form in forms)
        {
            var normalized = TermText.NormalizeForm(form.Text);
            if (normalized.Length == 0) continue;
            var node = root;
            foreach (var c in normalized) node = node.Child(TermText.Fold(c));
            node.Terminals.Add(new Terminal(form.TermId, form.Text, normalized, form.CaseSensitive));
        }
        var classes = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (TermText.IsWordChar((char)c)) classes[c] |= InWord;
            if (root.HasChild(fold[c])) classes[c] |= StartsForm;
        }

        // Number the nodes breadth-first, then lay each node's edges out side by side.
        var nodes = new List<Builder> { root };
        for (var n = 0; n < nodes.Count; n++) nodes.AddRange(nodes[n].SortedChildren.Select(child => child.Node));
        var edgeStart = new int[nodes.Count + 1];
        var edgeChars = new char[nodes.Count - 1];
        var edgeTargets = new int[nodes.Count - 1];
        var terminals = new Terminal[]?[nodes.Count];
        var edge = 0;
        for (var n = 0; n < nodes.Count; n++)
        {
            edgeStart[n] = edge;
            foreach (var (c, _) in nodes[n].SortedChildren)
            {
                edgeChars[edge] = c;
                edgeTargets[edge] = edge + 1; // breadth-first: the k-th edge leads to node k + 1
                edge++;
            }
            if (nodes[n].Terminals.Count > 0) terminals[n] = [.. nodes[n].Terminals];
        }
        edgeStart[nodes.Count] = edge;
        return new TermMatcher(edgeStart, edgeChars, edgeTargets, terminals, classes);
    }

    /// <summary>Every mention in <paramref name="text"/>, left to right, never overlapping.</summary>
    public IReadOnlyList<TermMatch> FindAll(string text) => FindAll(text, 0, text.Length);

    /// <summary>
    /// Every mention within <c>text[start..end)</c>, left to right, never overlapping, at offsets into
    /// <paramref name="text"/>. The range's ends are word boundaries, whatever lies outside them.
    /// </summary>
    public IReadOnlyList<TermMatch> FindAll(string text, int start, int end)
    {
        var matches = new List<TermMatch>();
        FindAll(text, start, end, matches);
        return matches;
    }

    /// <summary>As <see cref="FindAll(string, int, int)"/>, adding the mentions to <paramref name="matches"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the build's hottest loop: optimized from its first call
    public void FindAll(string text, int start, int end, List<TermMatch> matches)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        var classes = _classes;
        var i = start;
        while (i < end)
        {
            // A form starts a word, and never with a space (forms are trimmed).
            var candidate = (classes[text[i]] & StartsForm) != 0 && (i == start || (classes[text[i - 1]] & InWord) == 0);
            if (candidate && Longest(text, i, end) is { } match)
            {
                matches.Add(match);
                i = match.Start + match.Length;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The longest form starting at <paramref name="start"/> and ending on a word boundary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TermMatch? Longest(string text, int start, int end)
    {
        TermMatch? best = null;
        var fold = _fold;
        var classes = _classes;
        var node = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < end && char.IsWhiteSpace(text[i])) i++; // any run of spacing is one space
                c = ' ';
            }
            else
            {
                i++;
            }
            node = Child(node, fold[c]);
            if (node < 0) break;
            if (_terminals[node] is { } terminals && (i == end || (classes[text[i]] & InWord) == 0))
            {
                if (Pick(terminals, text, start, i) is { } terminal) best = new TermMatch(start, i - start, terminal.TermId, terminal.Form);
            }
        }
        return best;
    }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or -1.</summary>
    private int Child(int node, char c)
    {
        var from = _edgeStart[node];
        var count = _edgeStart[node + 1] - from;
        if (count <= 8)
        {
            for (var e = from; e < from + count; e++)
            {
                if (_edgeChars[e] == c) return _edgeTargets[e];
            }
            return -1;
        }
        var index = Array.BinarySearch(_edgeChars, from, count, c);
        return index >= 0 ? _edgeTargets[index] : -1;
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

    private sealed class Builder
    {
        private readonly Dictionary<char, Builder> _children = [];

        public List<Terminal> Terminals { get; } = [];

        public IEnumerable<(char Char, Builder Node)> SortedChildren => _children.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value));

        public bool HasChild(char c) => _children.ContainsKey(c);

        public Builder Child(char c)
        {
            if (!_children.TryGetValue(c, out var child)) _children[c] = child = new Builder();
            return child;
        }
    }
}
