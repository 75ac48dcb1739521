namespace Briefings.Metadata;

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Offset) : YamlNode(Offset)
{
    public override long Size { get; } = 1 + Items.Sum(i => i.Size);

    public override string Kind => "a list";
}
