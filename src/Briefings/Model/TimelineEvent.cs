using Briefings.Diagnostics;
using Briefings.Timeline.Edtf;

namespace Briefings.Model;

/// <summary>A dated event of the timeline, from <c>content/timeline/*.yml</c> or a briefing's <c>timeline:</c>.</summary>
/// <param name="Summary">Markdown.</param>
/// <param name="Briefings">Briefings the event relates to, as written (checked when the site is assembled).</param>
public sealed record TimelineEvent(
    string Id,
    EdtfValue Date,
    string Title,
    string? Summary,
    string? Place,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<SourceLink> Sources,
    IReadOnlyList<SlugReference> Briefings)
{
    /// <summary>Where the event is written, for diagnostics about it (a duplicate id points at its <c>id</c>).</summary>
    public required SourceLocation Location { get; init; }
}
