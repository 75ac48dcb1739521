namespace Briefings.Configuration;

/// <summary>What the command line can change about one build.</summary>
/// <param name="BaseUrl">Overrides <c>base_url</c> from site.yml.</param>
public sealed record BuildOptions(bool IncludeDrafts = false, Uri? BaseUrl = null)
{
    public static BuildOptions Default { get; } = new();

    /// <summary>Told the name of each stage as it starts (<c>read</c>, <c>parse</c>, <c>render</c>, <c>commit</c>…), from the
    /// build's thread, so a front end can show where a long build is; it changes nothing in the build.</summary>
    public Action<string>? StageStarted { get; init; }
}
