using Briefings.Model;
using Briefings.Timeline;

namespace Briefings.Metadata;

/// <summary>
/// Everything a briefing's metadata says, as <see cref="BriefingParser"/> reads it: texts trimmed, empty list
/// items dropped, the language tag in canonical case, tags as written (one slug may come twice). Defaults
/// (slug from the file name, language from the site) are not filled in: that is for the <see cref="Briefing"/>.
/// Compares by value, so what <see cref="FrontMatterWriter"/> writes and the parser reads back is <c>==</c>.
/// </summary>
/// <param name="Title">Required, not blank.</param>
public sealed record BriefingFrontMatter(string Title, DateOnly Date)
{
    public string? Summary { get; init; }

    /// <summary>A BCP 47 tag, or null for the site's language.</summary>
    public string? Language { get; init; }

    public ValueList<string> Authors { get; init; } = [];

    public SourceReference? Source { get; init; }

    public ValueList<string> Tags { get; init; } = [];

    public bool Draft { get; init; }

    /// <summary>The slug written in the metadata, or null when the file name gives it.</summary>
    public string? Slug { get; init; }

    /// <summary>The briefing's own events; they relate to it without naming it in <c>briefings</c>.</summary>
    public ValueList<TimelineEventMetadata> Timeline { get; init; } = [];

    /// <summary>Ids of glossary terms not to link.</summary>
    public ValueList<string> GlossaryExclude { get; init; } = [];

    public PlainMap Extra { get; init; } = PlainMap.Empty;
}
