namespace Briefings.Glossary;

/// <summary>A node of the trie of forms while it is built; <see cref="FormAutomaton.From"/> flattens it.</summary>
internal sealed class FormTrie
{
    private readonly Dictionary<char, FormTrie> _children = [];

    /// <summary>The form reported when the text reads this node's path.</summary>
    public FormTerminal? Terminal { get; set; }

    public IEnumerable<(char Char, FormTrie Node)> SortedChildren => _children.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value));

    public bool HasChild(char c) => _children.ContainsKey(c);

    public FormTrie Child(char c)
    {
        if (!_children.TryGetValue(c, out var child)) _children[c] = child = new FormTrie();
        return child;
    }
}
