using Briefings.Diagnostics;
using Briefings.Metadata;

namespace Briefings.Caching;

/// <summary>A briefing's files as read by an earlier build, with what reading them reported.</summary>
internal sealed record CachedBriefing(BriefingReading Reading, IReadOnlyList<Diagnostic> Diagnostics);
