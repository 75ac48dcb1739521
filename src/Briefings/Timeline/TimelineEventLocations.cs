using Briefings.Diagnostics;

namespace Briefings.Timeline;

/// <summary>Where the parts of an event that later stages report about are written, kept beside its
/// <see cref="TimelineEventMetadata"/> so that the record compares by value alone.</summary>
/// <param name="Event">The event's <c>id</c>, or its first key when it has none.</param>
/// <param name="Briefings">Each item of <c>briefings</c>, in order.</param>
internal sealed record TimelineEventLocations(SourceLocation Event, IReadOnlyList<SourceLocation> Briefings);
