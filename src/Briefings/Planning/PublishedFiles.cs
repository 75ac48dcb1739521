using Briefings.Content;

namespace Briefings.Planning;

/// <summary>The files a site publishes as they are: <c>static/</c>'s, and each bundle's by the briefing's metadata file.</summary>
public sealed record PublishedFiles(IReadOnlyList<InputFile> Static, IReadOnlyDictionary<string, BriefingSource> Bundles)
{
    public static PublishedFiles None { get; } = new([], new Dictionary<string, BriefingSource>());

    public static PublishedFiles Of(LoadedSite loaded) => new(
        loaded.Input.Under(SiteReader.StaticFolder).ToList(),
        loaded.Sources.Where(s => s.Bundle is not null).ToDictionary(s => s.MetadataPath, StringComparer.Ordinal));
}
