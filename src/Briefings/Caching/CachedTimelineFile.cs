using Briefings.Diagnostics;
using Briefings.Model;

namespace Briefings.Caching;

/// <summary>The usable events of a timeline file as an earlier build made them, with what reading it reported.</summary>
internal sealed record CachedTimelineFile(IReadOnlyList<TimelineEvent> Events, IReadOnlyList<Diagnostic> Diagnostics);
