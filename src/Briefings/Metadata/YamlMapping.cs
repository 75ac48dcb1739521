namespace Briefings.Metadata;

public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, int Offset) : YamlNode(Offset)
{
    public override long Size { get; } = 1 + Entries.Sum(e => 1 + e.Value.Size);

    public override string Kind => "a map";

    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
