using Briefings.Diagnostics;
using Briefings.Timeline;

namespace Briefings.Metadata;

/// <summary>Where the values of a <see cref="BriefingFrontMatter"/> that later stages report about are written,
/// kept beside the record so that it compares by value alone.</summary>
/// <param name="Slug">The written slug, valid or not; null when there is none.</param>
/// <param name="GlossaryExclude">Each id of <c>glossary_exclude</c>, in order.</param>
/// <param name="Timeline">Each event read from <c>timeline</c>, in order.</param>
internal sealed record FrontMatterLocations(
    SourceLocation? Slug,
    IReadOnlyList<SourceLocation> GlossaryExclude,
    IReadOnlyList<TimelineEventLocations> Timeline);
