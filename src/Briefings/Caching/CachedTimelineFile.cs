using Briefings.Diagnostics;
using Briefings.Timeline;

namespace Briefings.Caching;

/// <summary>The usable events of a timeline file as read by an earlier build, with what reading it reported.</summary>
internal sealed record CachedTimelineFile(IReadOnlyList<TimelineEventReading> Events, IReadOnlyList<Diagnostic> Diagnostics);
