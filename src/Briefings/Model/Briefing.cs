using Briefings.Diagnostics;
using Briefings.Metadata;

namespace Briefings.Model;

/// <summary>One briefing: an article and what its metadata says of it.</summary>
public sealed record Briefing(
    string Slug,
    string Title,
    DateOnly Date,
    string? Summary,
    string Language,
    IReadOnlyList<string> Authors,
    SourceReference? Source,
    IReadOnlyList<Tag> Tags,
    bool Draft,
    BriefingBody Body,
    IReadOnlyDictionary<string, object?> Extra)
{
    /// <summary>The file that holds the metadata (the .md, or the .yml sidecar of a .txt).</summary>
    public required SourceText MetadataFile { get; init; }

    /// <summary>Events written in this briefing's own <c>timeline:</c> list.</summary>
    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = [];

    /// <summary>Glossary terms this briefing asks not to link (<c>glossary_exclude</c>).</summary>
    public IReadOnlyList<SlugReference> GlossaryExclude { get; init; } = [];

    /// <summary>The article's file name without extension, by which other briefings link to it.</summary>
    public required string FileName { get; init; }

    /// <summary>Where the slug came from, for duplicate-slug diagnostics.</summary>
    public required SourceLocation SlugLocation { get; init; }

    /// <summary>The metadata as written, that this briefing is made from.</summary>
    public required BriefingFrontMatter FrontMatter { get; init; }
}
