namespace Briefings.Metadata;

public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, int Offset) : YamlNode(Offset)
{
    public override long Size { get; } = 1 + Entries.Sum(e => 1 + e.Value.Size);

    public override string Kind => "a map";

    public YamlNode? this[string key]
    {
        get
        {
            // A loop, not LINQ: metadata readers look keys up for every item of a large timeline.
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Key.Value == key) return Entries[i].Value;
            }
            return null;
        }
    }
}
