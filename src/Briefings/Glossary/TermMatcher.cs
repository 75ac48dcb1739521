using System.Runtime.CompilerServices;

namespace Briefings.Glossary;

/// <summary>
/// Finds glossary terms in text in one left-to-right pass. All forms of all terms go into one trie,
/// built once per build and shared by every page (it is immutable). Of the forms starting leftmost,
/// the longest that ends on a word boundary wins, so <c>Organisation du traité de sécurité collective</c>
/// beats <c>traité</c>. Abbreviations match case-sensitively, other forms ignoring case; accents always
/// count (<c>traité</c> is not <c>traite</c>).
/// <para>
/// The trie is an Aho–Corasick automaton: each character of the text is read once, however long the forms
/// (walking the trie again from every word would cost the text's length times the longest form's: a
/// 20,000-word alias against a 50,000-word body took 47 s). Matches are found as they end; a start is
/// settled once no form begun there can still grow, which the automaton's depth tells.
/// Case-insensitive forms are matched on folded characters, abbreviations by a second automaton on the
/// characters as written, so that neither check rereads a form.
/// </para>
/// </summary>
public sealed class TermMatcher
{
    private readonly FormAutomaton _folded;  // every form, lowercased: the case-insensitive ones end here
    private readonly FormAutomaton _exact;   // abbreviations, case kept
    private readonly int _window;        // the longest form, in characters read (a run of spacing is one), plus two

    // What the scan asks of every character, answered by one table read: can it start a form (most
    // characters start none, and are passed over at once from the root), and is it part of a word.
    private const byte StartsForm = 1;
    private const byte InWord = 2;
    private readonly byte[] _classes;
    private readonly char[] _fold = TermText.FoldTable;

    private TermMatcher(FormAutomaton folded, FormAutomaton exact, byte[] classes)
    {
        _folded = folded;
        _exact = exact;
        _classes = classes;
        _window = Math.Max(folded.MaxDepth, exact.MaxDepth) + 2;
    }

    /// <summary>Builds the automata of every form, once per build.</summary>
    public static TermMatcher Build(IEnumerable<TermForm> forms)
    {
        var fold = TermText.FoldTable;
        var folded = new FormTrie();
        var exact = new FormTrie();
        foreach (var form in forms)
        {
            var normalized = TermText.NormalizeForm(form.Text);
            if (normalized.Length == 0) continue;
            var terminal = new FormTerminal(form.TermId, form.Text, form.CaseSensitive);
            // The first form of its kind at a node is the one reported, as the glossary lists them.
            var node = folded;
            foreach (var c in normalized) node = node.Child(fold[c]);
            if (!form.CaseSensitive) node.Terminal ??= terminal;
            if (form.CaseSensitive)
            {
                node = exact;
                foreach (var c in normalized) node = node.Child(c);
                node.Terminal ??= terminal;
            }
        }
        var classes = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (TermText.IsWordChar((char)c)) classes[c] |= InWord;
            if (folded.HasChild(fold[c])) classes[c] |= StartsForm;
        }
        return new TermMatcher(FormAutomaton.From(folded), FormAutomaton.From(exact), classes);
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
        // Per character read (symbol j), kept for the last _window symbols, the only ones a form can start at:
        // where it is in the text, and the longest mention found so far starting there.
        var window = _window;
        var scan = new Scan(text, start, end, window);
        try
        {
            var classes = _classes;
            var fold = _fold;
            int f = 0, x = 0;       // the two automata's states
            var j = -1;             // symbols read
            var settled = 0;        // symbols before this one can start no longer mention
            var space = false;      // in a run of spacing, read as one space
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                char folded, exact;
                if (char.IsWhiteSpace(c))
                {
                    if (space) continue;
                    space = true;
                    folded = exact = ' ';
                }
                else
                {
                    space = false;
                    if (f == 0 && (classes[c] & StartsForm) == 0)
                    {
                        // At the root with a character no form starts with: nothing is under way (x is at its root too).
                        j++;
                        scan.Position[j % window] = i;
                        Settle(ref scan, j + 1, ref settled, matches);
                        continue;
                    }
                    folded = fold[c];
                    exact = TermText.Normalize(c);
                }
                j++;
                scan.Position[j % window] = i;
                f = _folded.Step(f, folded);
                x = _exact.Step(x, exact);
                if (f != 0) Found(ref scan, _folded, f, j, i + 1);
                if (x != 0) Found(ref scan, _exact, x, j, i + 1);
                Settle(ref scan, j - _folded.Depth[f] + 1, ref settled, matches);
            }
            Settle(ref scan, j + 1, ref settled, matches);
        }
        finally
        {
            scan.Return();
        }
    }

    /// <summary>Records each form ending at <paramref name="end"/> (after symbol <paramref name="j"/>) on word boundaries, as its start's mention if longer.</summary>
    private void Found(ref Scan scan, FormAutomaton automaton, int state, int j, int end)
    {
        var classes = _classes;
        var text = scan.Text;
        var node = automaton.Terminals[state] is not null ? state : automaton.Output[state];
        if (node == 0 || (end != scan.End && (classes[text[end]] & InWord) != 0)) return; // no form ends here, or not at a word's end
        for (; node != 0; node = automaton.Output[node])
        {
            var k = (j - automaton.Depth[node] + 1) % scan.Window;
            var begin = scan.Position[k];
            if (begin != scan.Start && (classes[text[begin - 1]] & InWord) != 0) continue;
            var terminal = automaton.Terminals[node]!;
            var best = scan.BestEnd[k];
            if (end > best || (end == best && terminal.CaseSensitive && !scan.Best[k]!.CaseSensitive))
            {
                scan.BestEnd[k] = end;
                scan.Best[k] = terminal;
            }
        }
    }

    /// <summary>Settles every start before symbol <paramref name="alive"/>: its longest mention, unless an earlier one covers it.</summary>
    private static void Settle(ref Scan scan, int alive, ref int settled, List<TermMatch> matches)
    {
        for (; settled < alive; settled++)
        {
            var k = settled % scan.Window;
            var end = scan.BestEnd[k];
            if (end < 0) continue;
            var begin = scan.Position[k];
            if (begin >= scan.Covered)
            {
                var terminal = scan.Best[k]!;
                matches.Add(new TermMatch(begin, end - begin, terminal.TermId, terminal.Form));
                scan.Covered = end;
            }
            scan.BestEnd[k] = -1;
            scan.Best[k] = null;
        }
    }

    /// <summary>One call's buffers, rented for the window of symbols a form can span.</summary>
    private struct Scan
    {
        public readonly string Text;
        public readonly int Start;
        public readonly int End;
        public readonly int Window;
        public readonly int[] Position;
        public readonly int[] BestEnd;
        public readonly FormTerminal?[] Best;
        public int Covered; // the end of the last mention: nothing starts before it

        public Scan(string text, int start, int end, int window)
        {
            Text = text;
            Start = start;
            End = end;
            Covered = start;
            Window = window;
            Position = System.Buffers.ArrayPool<int>.Shared.Rent(window);
            BestEnd = System.Buffers.ArrayPool<int>.Shared.Rent(window);
            Best = System.Buffers.ArrayPool<FormTerminal?>.Shared.Rent(window);
            Array.Fill(BestEnd, -1, 0, window);
        }

        public readonly void Return()
        {
            System.Buffers.ArrayPool<int>.Shared.Return(Position);
            System.Buffers.ArrayPool<int>.Shared.Return(BestEnd);
            System.Buffers.ArrayPool<FormTerminal?>.Shared.Return(Best, clearArray: true);
        }
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
}
