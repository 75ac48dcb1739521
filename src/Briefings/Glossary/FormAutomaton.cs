using System.Runtime.CompilerServices;

namespace Briefings.Glossary;

/// <summary>
/// A trie with Aho–Corasick's links, flattened: node n's edges are <c>_edgeChars/_edgeTargets[_edgeStart[n] .. _edgeStart[n + 1])</c>,
/// sorted by character; <see cref="Fail"/> the node of the longest proper suffix in the trie, <see cref="Output"/> the nearest
/// node along those links that ends a form. Arrays rather than a dictionary per node: a step is a few array reads.
/// </summary>
internal sealed class FormAutomaton
{
    private readonly int[] _edgeStart;
    private readonly char[] _edgeChars;
    private readonly int[] _edgeTargets;
    private readonly int[] _fail;

    private FormAutomaton(int[] edgeStart, char[] edgeChars, int[] edgeTargets, int[] fail, int[] output, int[] depth, FormTerminal?[] terminals)
    {
        _edgeStart = edgeStart;
        _edgeChars = edgeChars;
        _edgeTargets = edgeTargets;
        _fail = fail;
        Output = output;
        Depth = depth;
        Terminals = terminals;
        MaxDepth = depth.Length == 0 ? 0 : depth.Max();
    }

    public int[] Output { get; }

    /// <summary>Each node's distance from the root, in symbols.</summary>
    public int[] Depth { get; }

    public FormTerminal?[] Terminals { get; }

    public int MaxDepth { get; }

    public static FormAutomaton From(FormTrie root)
    {
        // Number the nodes breadth-first, then lay each node's edges out side by side.
        var nodes = new List<FormTrie> { root };
        for (var n = 0; n < nodes.Count; n++) nodes.AddRange(nodes[n].SortedChildren.Select(child => child.Node));
        var edgeStart = new int[nodes.Count + 1];
        var edgeChars = new char[nodes.Count - 1];
        var edgeTargets = new int[nodes.Count - 1];
        var terminals = new FormTerminal?[nodes.Count];
        var depth = new int[nodes.Count];
        var edge = 0;
        for (var n = 0; n < nodes.Count; n++)
        {
            edgeStart[n] = edge;
            foreach (var (c, _) in nodes[n].SortedChildren)
            {
                edgeChars[edge] = c;
                edgeTargets[edge] = edge + 1; // breadth-first: the k-th edge leads to node k + 1
                depth[edge + 1] = depth[n] + 1;
                edge++;
            }
            terminals[n] = nodes[n].Terminal;
        }
        edgeStart[nodes.Count] = edge;
        var automaton = new FormAutomaton(edgeStart, edgeChars, edgeTargets, new int[nodes.Count], new int[nodes.Count], depth, terminals);
        automaton.Link();
        return automaton;
    }

    /// <summary>Failure and output links, breadth-first: a node's links come from its parent's, already made.</summary>
    private void Link()
    {
        for (var n = 0; n + 1 < _edgeStart.Length; n++)
        {
            for (var e = _edgeStart[n]; e < _edgeStart[n + 1]; e++)
            {
                var child = _edgeTargets[e];
                var fail = n == 0 ? 0 : Step(_fail[n], _edgeChars[e]);
                _fail[child] = fail;
                Output[child] = Terminals[fail] is not null ? fail : Output[fail];
            }
        }
    }

    /// <summary>The state after reading <paramref name="c"/> in <paramref name="node"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Step(int node, char c)
    {
        while (true)
        {
            var next = Child(node, c);
            if (next >= 0) return next;
            if (node == 0) return 0;
            node = _fail[node];
        }
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
}
