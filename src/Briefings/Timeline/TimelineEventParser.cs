using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Text;
using Keys = Briefings.Metadata.FrontMatterSchema;
using Briefings.Timeline.Edtf;

namespace Briefings.Timeline;

/// <summary>
/// Reads one event (a YAML map) of a timeline file or of a briefing's <c>timeline:</c> list: first into a
/// <see cref="TimelineEventMetadata"/>, reporting what is wrong, then into a <see cref="TimelineEvent"/>.
/// </summary>
public static class TimelineEventParser
{
    /// <summary>Reads every item of a list of events.</summary>
    /// <param name="owner">The briefing whose metadata holds the list: its events relate to it without saying so.</param>
    /// <param name="names">The build's tags and actors, made once each; null for a list read alone.</param>
    public static IReadOnlyList<TimelineEvent> ParseList(YamlSequence list, SourceText file, DiagnosticBag diagnostics, SlugReference? owner = null,
        NameSlugs? names = null)
    {
        names ??= new NameSlugs();
        return ReadList(list, file, diagnostics).Select(e => ToEvent(e.Event, e.Locations, owner, names)).ToList();
    }

    public static TimelineEvent? Parse(YamlNode node, SourceText file, DiagnosticBag diagnostics, SlugReference? owner = null, NameSlugs? names = null) =>
        Read(node, file, diagnostics) is { } read ? ToEvent(read.Event, read.Locations, owner, names ?? new NameSlugs()) : null;

    /// <summary>The usable events of a list, each with where it is written; the others are reported.</summary>
    internal static IReadOnlyList<(TimelineEventMetadata Event, TimelineEventLocations Locations)> ReadList(YamlSequence list, SourceText file, DiagnosticBag diagnostics)
    {
        var events = new List<(TimelineEventMetadata, TimelineEventLocations)>();
        foreach (var item in list.Items)
        {
            if (Read(item, file, diagnostics) is { } read) events.Add(read);
        }
        return events;
    }

    /// <summary>Everything that can be wrong with an event is reported here; null when it cannot be used.</summary>
    internal static (TimelineEventMetadata Event, TimelineEventLocations Locations)? Read(YamlNode node, SourceText file, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.LocationOf(node.Offset),
                $"an event must be a map with at least '{Keys.Date}' and '{Keys.Title}', not {node.Kind}");
            return null;
        }

        // Keys are asked for in this order since the order breaks ties between "did you mean" suggestions.
        var reader = new MetadataReader(mapping, file, diagnostics);
        var date = ReadDate(reader);
        var title = reader.String(Keys.Title, required: true);
        var id = reader.String(Keys.Id);
        var summary = reader.String(Keys.Summary);
        var place = reader.String(Keys.Place);
        var actors = reader.StringList(Keys.Actors);
        var tags = reader.StringList(Keys.Tags);
        var sources = SourceLinks.Read(reader);
        var briefings = reader.References(Keys.Briefings, "a list of briefing slugs");
        var idLocation = reader.Node(Keys.Id) is { } idNode ? reader.At(idNode) : reader.Start;
        reader.ReportUnknownKeys();

        if (date is null || title is null) return null;
        if (id is not null && Slug.TooLong(Keys.Id, id) is { } tooLong)
        {
            diagnostics.Error(DiagnosticCodes.NameTooLong, idLocation, tooLong);
            return null;
        }
        if (id is not null && !Slug.IsValid(id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, idLocation,
                $"'{Keys.Id}' must be lowercase letters, digits and single hyphens, not '{id}'; try '{Slug.From(id)}'");
            return null;
        }

        var metadata = new TimelineEventMetadata(date, title)
        {
            Id = id,
            Summary = summary,
            Place = place,
            Actors = actors.ToValueList(),
            Tags = tags.ToValueList(),
            Sources = sources.ToValueList(),
            Briefings = briefings.Select(r => r.Slug).ToValueList(),
        };
        return (metadata, new TimelineEventLocations(idLocation, briefings.Select(r => r.Location).ToList()));
    }

    /// <summary>The event as the site uses it: default id, actors and tags by slug, its briefing among the related ones.</summary>
    internal static TimelineEvent ToEvent(TimelineEventMetadata metadata, TimelineEventLocations at, SlugReference? owner, NameSlugs names)
    {
        // The date was checked when read; a record made by hand may not have been.
        if (!EdtfSyntax.TryParse(metadata.Date, out var date, out var error))
        {
            throw new ArgumentException($"'{metadata.Date}' is not an EDTF date: {error}", nameof(metadata));
        }

        // The date as it always was (its ~ and ? are not the title's lost letters), the title by the rule of names.
        var id = metadata.Id ?? Slug.FromOrHash($"{Slug.From($"{date}")} {metadata.Title}", "event");
        var count = Math.Min(metadata.Briefings.Count, at.Briefings.Count);
        var briefings = new List<SlugReference>(count + 1);
        if (owner is not null) briefings.Add(owner);
        // The first reference to each briefing is kept: short lists are scanned, a long one gets a set.
        var seen = count > 8 ? new HashSet<string>(briefings.Select(r => r.Slug), StringComparer.Ordinal) : null;
        for (var i = 0; i < count; i++)
        {
            var slug = metadata.Briefings[i];
            if (seen is not null ? seen.Add(slug) : !Names(briefings, slug)) briefings.Add(new SlugReference(slug, at.Briefings[i]));
        }
        return new TimelineEvent(id, date, metadata.Title, metadata.Summary, metadata.Place, names.Actors(metadata.Actors), names.Tags(metadata.Tags),
            metadata.Sources.ToList(), briefings) { Location = at.Event };
    }

    private static bool Names(List<SlugReference> references, string slug)
    {
        foreach (var reference in references)
        {
            if (reference.Slug == slug) return true;
        }
        return false;
    }

    /// <summary>The date as written, once it is known to be EDTF.</summary>
    private static string? ReadDate(MetadataReader reader)
    {
        var node = reader.Node(Keys.Date, required: true);
        if (node is null) return null;
        if (node is YamlScalar scalar)
        {
            var text = scalar.Value.Trim();
            if (EdtfSyntax.TryParse(text, out _, out var error)) return text;
            reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, reader.At(scalar),
                $"'{Keys.Date}' is not a date: {error} (for example 2022-04-01, 2022-04, 2022, 2022-04-01/2022-04-03, 2002~, 2022-21 for spring 2022, 19XX, 2019/.. or [1667,1668])");
            return null;
        }
        reader.WrongType(Keys.Date, node, "a date such as 2022-04-01");
        return null;
    }
}
