namespace Briefings.Configuration;

/// <summary>What the command line can change about one build.</summary>
/// <param name="BaseUrl">Overrides <c>base_url</c> from site.yml.</param>
public sealed record BuildOptions(bool IncludeDrafts = false, Uri? BaseUrl = null)
{
    public static BuildOptions Default { get; } = new();
}
