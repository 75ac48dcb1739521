using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Model;
using Briefings.Text;
using Briefings.Timeline;

namespace Briefings.Metadata;

/// <summary>Stage 3: turns the files of one briefing into a typed <see cref="Briefing"/>, or diagnostics.</summary>
public static class BriefingParser
{
    public static Briefing? Parse(BriefingSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (source.Markdown is { } markdownFile)
        {
            var text = TextDecoder.Decode(markdownFile, diagnostics);
            if (text is null) return null;
            if (text.Text.Trim().Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.EmptyFile, text.Start, "empty file: a briefing needs front matter ('---', title: …, date: …, '---') and a text");
                return null;
            }
            if (FrontMatter.Find(text.Text) is not { } frontMatter)
            {
                diagnostics.Error(DiagnosticCodes.MissingFrontMatter, text.Start, "a Markdown briefing must open with YAML front matter between two '---' lines");
                return null;
            }
            var metadata = YamlLoader.Load(text, diagnostics, frontMatter.YamlStart, frontMatter.YamlLength);
            var body = new BriefingBody(BodyFormat.Markdown, text, frontMatter.BodyStart);
            return FromMetadata(metadata, text, frontMatter.YamlStart, body, source.Name, config, diagnostics);
        }

        var article = TextDecoder.Decode(source.Text!, diagnostics);
        var sidecar = TextDecoder.Decode(source.Sidecar!, diagnostics);
        if (article is null || sidecar is null) return null;
        if (article.Text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, article.Start, "empty article");
            return null;
        }
        var sidecarMetadata = YamlLoader.Load(sidecar, diagnostics);
        return FromMetadata(sidecarMetadata, sidecar, 0, new BriefingBody(BodyFormat.PlainText, article, 0), source.Name, config, diagnostics);
    }

    private static Briefing? FromMetadata(YamlNode? root, SourceText file, int metadataStart, BriefingBody body, string name,
        SiteConfig config, DiagnosticBag diagnostics)
    {
        if (root is not YamlMapping mapping)
        {
            if (root is null && !diagnostics.HasErrorsIn(file.Path))
            {
                var empty = file.Text.Trim().Length == 0;
                diagnostics.Error(empty ? DiagnosticCodes.EmptyFile : DiagnosticCodes.MissingKey, file.LocationOf(metadataStart),
                    empty ? "empty file: the metadata needs at least 'title' and 'date'" : "no metadata: a briefing needs at least 'title' and 'date'");
            }
            else if (root is not null)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, file.LocationOf(root.Offset), $"metadata must be a map of 'key: value' lines, not {root.Kind}");
            }
            return null;
        }

        var reader = new MetadataReader(mapping, file, diagnostics);
        var title = reader.String("title", required: true);
        var date = reader.Date("date", required: true);
        var summary = reader.String("summary");
        var language = LanguageTag.Read(reader, "language") ?? config.Language;
        var authors = reader.StringList("authors");
        var sourceReference = ReadSource(reader);
        var tags = reader.StringList("tags").Select(t => new Tag(t, Slug.FromOrHash(t, "tag"))).ToList();
        var draft = reader.Bool("draft") ?? false;
        var (slug, slugLocation) = ReadSlug(reader, name);
        var timeline = reader.List("timeline") is { } events
            ? TimelineEventParser.ParseList(events, file, diagnostics, slug is null ? null : new SlugReference(slug, slugLocation))
            : [];
        var glossaryExclude = reader.References("glossary_exclude", "a list of glossary term ids");
        var extra = YamlValues.ToPlain(reader.Node("extra")) as IReadOnlyDictionary<string, object?>;
        if (reader.Node("extra") is { } extraNode and not YamlMapping) reader.WrongType("extra", extraNode, "a map of 'key: value' lines");
        reader.ReportUnknownKeys();

        if (title is null || date is null || slug is null) return null;
        return new Briefing(slug, title, date.Value, summary, language, authors, sourceReference,
            tags.DistinctBy(t => t.Slug).ToList(), draft, body,
            extra ?? new Dictionary<string, object?>())
        {
            MetadataFile = file,
            FileName = name,
            Timeline = timeline,
            GlossaryExclude = glossaryExclude,
            SlugLocation = slugLocation,
        };
    }

    private static SourceReference? ReadSource(MetadataReader reader)
    {
        var source = reader.Map("source");
        if (source is null) return null;
        var name = source.String("name", required: true);
        var url = source.Url("url");
        var published = source.Date("published");
        source.ReportUnknownKeys();
        return name is null ? null : new SourceReference(name, url, published);
    }

    private static (string? Slug, SourceLocation At) ReadSlug(MetadataReader reader, string fileName)
    {
        var explicitSlug = reader.String("slug");
        if (explicitSlug is null)
        {
            var slug = Slug.From(fileName);
            if (slug.Length > 0) return (slug, reader.Source.Start);
            reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, reader.Source.Start,
                $"the file name '{fileName}' has no letter or digit to make a page address from; add 'slug:'");
            return (null, reader.Source.Start);
        }

        var at = reader.At(reader.Node("slug")!);
        if (Slug.IsValid(explicitSlug)) return (explicitSlug, at);
        var suggestion = Slug.From(explicitSlug);
        reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, at,
            $"'slug' must be lowercase letters, digits and single hyphens (no '/', '.' or spaces), not '{explicitSlug}'"
            + (suggestion.Length > 0 ? $"; try '{suggestion}'" : ""));
        return (null, at);
    }
}
