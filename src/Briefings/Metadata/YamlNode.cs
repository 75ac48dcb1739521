namespace Briefings.Metadata;

/// <summary>
/// A YAML node with the character offset where it starts, so every later diagnostic can point at
/// the token. Built from YamlDotNet's parser events by <see cref="YamlLoader"/>.
/// </summary>
public abstract record YamlNode(int Offset)
{
    /// <summary>Nodes in this subtree, counting what aliases expand to: the budget against alias bombs.</summary>
    public abstract long Size { get; }

    public abstract string Kind { get; }
}
