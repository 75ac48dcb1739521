using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Text;

namespace Briefings.Timeline;

/// <summary>Reads one event (a YAML map) of a timeline file or of a briefing's <c>timeline:</c> list.</summary>
public static class TimelineEventParser
{
    /// <summary>Reads every item of a list of events.</summary>
    /// <param name="owner">The briefing whose metadata holds the list: its events relate to it without saying so.</param>
    public static IReadOnlyList<TimelineEvent> ParseList(YamlSequence list, SourceText file, DiagnosticBag diagnostics, SlugReference? owner = null)
    {
        var events = new List<TimelineEvent>();
        foreach (var item in list.Items)
        {
            if (Parse(item, file, diagnostics, owner) is { } timelineEvent) events.Add(timelineEvent);
        }
        return events;
    }

    public static TimelineEvent? Parse(YamlNode node, SourceText file, DiagnosticBag diagnostics, SlugReference? owner = null)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.LocationOf(node.Offset),
                $"an event must be a map with at least 'date' and 'title', not {node.Kind}");
            return null;
        }

        var reader = new MetadataReader(mapping, file, diagnostics);
        var date = ReadDate(reader);
        var title = reader.String("title", required: true);
        var id = reader.String("id");
        var summary = reader.String("summary");
        var place = reader.String("place");
        var actors = reader.StringList("actors").Select(a => new Actor(a, Slug.FromOrHash(a, "actor"))).DistinctBy(a => a.Slug).ToList();
        var tags = reader.StringList("tags").Select(t => new Tag(t, Slug.FromOrHash(t, "tag"))).DistinctBy(t => t.Slug).ToList();
        var sources = SourceLinks.Read(reader);
        var briefings = ReadBriefings(reader, owner);
        var idLocation = reader.Node("id") is { } idNode ? reader.At(idNode) : reader.Start;
        reader.ReportUnknownKeys();

        if (date is null || title is null) return null;
        if (id is null)
        {
            id = Slug.FromOrHash($"{date} {title}", "event");
        }
        else if (!Slug.IsValid(id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, idLocation,
                $"'id' must be lowercase letters, digits and single hyphens, not '{id}'; try '{Slug.From(id)}'");
            return null;
        }

        return new TimelineEvent(id, date, title, summary, place, actors, tags, sources, briefings) { Location = idLocation };
    }

    private static EdtfDate? ReadDate(MetadataReader reader)
    {
        var node = reader.Node("date", required: true);
        if (node is null) return null;
        if (node is YamlScalar scalar)
        {
            if (EdtfParser.TryParse(scalar.Value.Trim(), out var date, out var error)) return date;
            reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, reader.At(scalar),
                $"'date' is not a date: {error} (for example 2022-04-01, 2022-04, 2022, 2022-04-01/2022-04-03, 2002~ or 2022-02-13?)");
            return null;
        }
        reader.WrongType("date", node, "a date such as 2022-04-01");
        return null;
    }

    private static IReadOnlyList<SlugReference> ReadBriefings(MetadataReader reader, SlugReference? owner)
    {
        var references = new List<SlugReference>();
        if (owner is not null) references.Add(owner);
        references.AddRange(reader.References("briefings", "a list of briefing slugs"));
        return references.DistinctBy(r => r.Slug).ToList();
    }
}
