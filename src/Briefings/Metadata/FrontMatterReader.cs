using Briefings.Diagnostics;
using Briefings.Model;
using Briefings.Text;
using Briefings.Timeline;
using Keys = Briefings.Metadata.FrontMatterSchema;

namespace Briefings.Metadata;

/// <summary>
/// The first half of <see cref="BriefingParser"/>: reads a briefing's metadata map into a
/// <see cref="BriefingFrontMatter"/>, reporting every wrong key and value at its position. Whatever can be
/// wrong with the metadata alone is found here; making the <see cref="Briefing"/> from the record adds defaults.
/// </summary>
internal static class FrontMatterReader
{
    /// <returns>The record, or null when a required key is missing or the slug is unusable; and, either way,
    /// where the values are written.</returns>
    public static (BriefingFrontMatter? FrontMatter, FrontMatterLocations Locations) Read(YamlMapping mapping, SourceText file, DiagnosticBag diagnostics)
    {
        // Keys are asked for in this order since the order breaks ties between "did you mean" suggestions.
        var reader = new MetadataReader(mapping, file, diagnostics);
        var title = reader.String(Keys.Title, required: true);
        var date = reader.Date(Keys.Date, required: true);
        var summary = reader.String(Keys.Summary);
        var language = LanguageTag.Read(reader, Keys.Language);
        var authors = reader.StringList(Keys.Authors);
        var source = ReadSource(reader);
        var tags = reader.StringList(Keys.Tags);
        var draft = reader.Bool(Keys.Draft) ?? false;
        var (slug, slugLocation) = ReadSlug(reader);
        var timeline = reader.List(Keys.Timeline) is { } events ? TimelineEventParser.ReadList(events, file, diagnostics) : [];
        var glossaryExclude = reader.References(Keys.GlossaryExclude, "a list of glossary term ids");
        var extra = ReadExtra(reader);
        reader.ReportUnknownKeys();

        var locations = new FrontMatterLocations(slugLocation, glossaryExclude.Select(r => r.Location).ToList(), timeline.Select(e => e.Locations).ToList());
        if (title is null || date is null || (slugLocation is not null && slug is null)) return (null, locations);
        var frontMatter = new BriefingFrontMatter(title, date.Value)
        {
            Summary = summary,
            Language = language,
            Authors = authors.ToValueList(),
            Source = source,
            Tags = tags.ToValueList(),
            Draft = draft,
            Slug = slug,
            Timeline = timeline.Select(e => e.Event).ToValueList(),
            GlossaryExclude = glossaryExclude.Select(r => r.Slug).ToValueList(),
            Extra = extra,
        };
        return (frontMatter, locations);
    }

    private static SourceReference? ReadSource(MetadataReader reader)
    {
        var source = reader.Map(Keys.Source);
        if (source is null) return null;
        var name = source.String(Keys.Name, required: true);
        var url = source.Url(Keys.Url);
        var published = source.Date(Keys.Published);
        source.ReportUnknownKeys();
        return name is null ? null : new SourceReference(name, url, published);
    }

    /// <summary>The slug written, if valid, and where it is written (null when none is: the file name gives it).</summary>
    private static (string? Slug, SourceLocation? At) ReadSlug(MetadataReader reader)
    {
        var slug = reader.String(Keys.Slug);
        if (slug is null) return (null, null);
        var at = reader.At(reader.Node(Keys.Slug)!);
        if (Slug.TooLong(Keys.Slug, slug) is { } tooLong)
        {
            reader.Diagnostics.Error(DiagnosticCodes.NameTooLong, at, tooLong);
            return (null, at);
        }
        if (Slug.IsValid(slug)) return (slug, at);
        var suggestion = Slug.From(slug);
        reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, at,
            $"'{Keys.Slug}' must be lowercase letters, digits and single hyphens (no '/', '.' or spaces), not '{slug}'"
            + (suggestion.Length > 0 ? $"; try '{suggestion}'" : ""));
        return (null, at);
    }

    private static PlainMap ReadExtra(MetadataReader reader)
    {
        var node = reader.Node(Keys.Extra);
        if (node is null) return PlainMap.Empty;
        if (YamlValues.ToPlain(node) is IReadOnlyDictionary<string, object?> extra) return new PlainMap(extra);
        reader.WrongType(Keys.Extra, node, "a map of 'key: value' lines");
        return PlainMap.Empty;
    }
}
