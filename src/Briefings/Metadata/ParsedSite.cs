using Briefings.Model;
using Briefings.Rendering.Templates;

namespace Briefings.Metadata;

/// <summary>The parse stage's result: every briefing (drafts too), event and term read, and the parsed templates.</summary>
public sealed record ParsedSite(
    IReadOnlyList<Briefing> Briefings,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<GlossaryTerm> Terms,
    TemplateSet Templates)
{
    /// <summary>With a cache, the key of each briefing's files (by metadata path): what its processed body is cached under.</summary>
    public IReadOnlyDictionary<string, UInt128> SourceKeys { get; init; } = new Dictionary<string, UInt128>();

    /// <summary>The file names (<see cref="Briefing.FileName"/>) of the briefings whose own errors kept them out: what
    /// refers to them is not wrong, and says nothing more (one mistake in a briefing is one error, not one per event naming it).</summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>();
}
