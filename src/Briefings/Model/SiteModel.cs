using Briefings.Configuration;

namespace Briefings.Model;

/// <summary>The assembled site: every published briefing, newest first, the tags that group them, the timeline and the glossary.</summary>
public sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyList<Briefing> Briefings,
    IReadOnlyList<TagGroup> Tags,
    SiteTimeline Timeline,
    SiteGlossary Glossary)
{
    private readonly Dictionary<string, Briefing> _bySlug = Briefings.ToDictionary(b => b.Slug, StringComparer.Ordinal);
    private readonly Dictionary<string, Briefing> _byFileName = Briefings
        .GroupBy(b => b.FileName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public Briefing? FindBriefing(string slug) => _bySlug.GetValueOrDefault(slug);

    public Briefing? FindBriefingByFileName(string fileName) => _byFileName.GetValueOrDefault(fileName);
}
