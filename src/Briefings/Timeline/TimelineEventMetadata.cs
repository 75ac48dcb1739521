using Briefings.Metadata;
using Briefings.Model;

namespace Briefings.Timeline;

/// <summary>
/// What one event says in YAML (a timeline file's item, or an item of a briefing's <c>timeline:</c>), as read:
/// texts trimmed, empty list items dropped, no defaults filled in. <see cref="TimelineEvent"/> is made from it.
/// </summary>
/// <param name="Date">EDTF, as written (<c>2022-04-01</c>, <c>2002~</c>, <c>2022-04/..</c>).</param>
public sealed record TimelineEventMetadata(string Date, string Title)
{
    /// <summary>The id written, or null for the default made of date and title.</summary>
    public string? Id { get; init; }

    /// <summary>Markdown.</summary>
    public string? Summary { get; init; }

    public string? Place { get; init; }

    public ValueList<string> Actors { get; init; } = [];

    public ValueList<string> Tags { get; init; } = [];

    public ValueList<SourceLink> Sources { get; init; } = [];

    /// <summary>Slugs of related briefings, as written (a briefing's own events need not name it).</summary>
    public ValueList<string> Briefings { get; init; } = [];
}
