namespace Briefings.Metadata;

/// <summary>Bounds that keep hostile YAML (alias bombs, deep nesting, huge files) cheap to reject.</summary>
/// <param name="MaxNodes">Values reached through aliases: what an alias bomb multiplies. Values written out are bounded by
/// <paramref name="MaxCharacters"/> instead, so a long list of events is never refused for its length.</param>
public sealed record YamlLimits(int MaxDepth = 64, long MaxNodes = 100_000, int MaxCharacters = 4 * 1024 * 1024)
{
    public static readonly YamlLimits Default = new();
}
