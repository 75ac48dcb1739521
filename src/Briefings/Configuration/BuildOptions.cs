namespace Briefings.Configuration;

/// <summary>What the command line can change about one build.</summary>
/// <param name="BaseUrl">Overrides <c>base_url</c> from site.yml.</param>
public sealed record BuildOptions(bool IncludeDrafts = false, Uri? BaseUrl = null)
{
    public static BuildOptions Default { get; } = new();

    /// <summary>Told the name of each stage as it starts (<c>read</c>, <c>parse</c>, <c>render</c>, <c>commit</c>…), from the
    /// build's thread, so a front end can show where a long build is; it changes nothing in the build.</summary>
    public Action<string>? StageStarted { get; init; }

    /// <summary>A build meant for publishing (<c>build</c>, <c>check</c>; not <c>serve</c>, not a library caller by default): without
    /// <c>base_url</c> it warns once that feeds and the sitemap, which need absolute URLs, are not written.</summary>
    public bool Publishing { get; init; }

    /// <summary>URLs per sitemap file before it is split: the protocol's 50,000, lowered by tests.</summary>
    internal int SitemapUrls { get; init; } = global::Briefings.Publishing.PublishingPlanner.SitemapUrls;
}
