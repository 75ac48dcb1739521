using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Model;
using Briefings.Text;
using Briefings.Timeline;
using Keys = Briefings.Metadata.FrontMatterSchema;

namespace Briefings.Metadata;

/// <summary>
/// Part of the parse stage: turns the files of one briefing into a typed <see cref="Briefing"/>, or diagnostics. The metadata
/// is first read into a <see cref="BriefingFrontMatter"/> (<see cref="FrontMatterReader"/>), which the
/// briefing is then made from.
/// </summary>
public static class BriefingParser
{
    /// <param name="names">The build's tags and actors, made once each; null for a briefing parsed alone.</param>
    public static Briefing? Parse(BriefingSource source, SiteConfig config, DiagnosticBag diagnostics, NameSlugs? names = null) =>
        Read(source, diagnostics) is { } read ? ToBriefing(read.Reading, read.Metadata, read.Body, source.Name, config, names ?? new NameSlugs()) : null;

    /// <summary>
    /// Reads a briefing's files as far as nothing else matters: the metadata and where each of its values is
    /// written, and where the body starts. The unit the parse cache keeps, since the YAML is the costly part.
    /// </summary>
    internal static (BriefingReading Reading, SourceText Metadata, SourceText Body)? Read(BriefingSource source, DiagnosticBag diagnostics)
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
            return FromMetadata(metadata, text, frontMatter.YamlStart, BodyFormat.Markdown, frontMatter.BodyStart, source.Name, diagnostics) is { } reading
                ? (reading, text, text)
                : null;
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
        return FromMetadata(sidecarMetadata, sidecar, 0, BodyFormat.PlainText, 0, source.Name, diagnostics) is { } read
            ? (read, sidecar, article)
            : null;
    }

    private static BriefingReading? FromMetadata(YamlNode? root, SourceText file, int metadataStart, BodyFormat format, int bodyStart, string name,
        DiagnosticBag diagnostics)
    {
        if (root is not YamlMapping mapping)
        {
            if (root is null && !diagnostics.HasErrorsIn(file.Path))
            {
                var empty = file.Text.Trim().Length == 0;
                diagnostics.Error(empty ? DiagnosticCodes.EmptyFile : DiagnosticCodes.MissingKey, file.LocationOf(metadataStart),
                    empty
                        ? $"empty file: the metadata needs at least '{Keys.Title}' and '{Keys.Date}'"
                        : $"no metadata: a briefing needs at least '{Keys.Title}' and '{Keys.Date}'");
            }
            else if (root is not null)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, file.LocationOf(root.Offset), $"metadata must be a map of 'key: value' lines, not {root.Kind}");
            }
            return null;
        }

        var (frontMatter, at) = FrontMatterReader.Read(mapping, file, diagnostics);
        // Without a written slug the file name gives one, and a name with nothing to make it from is an
        // error even when the metadata has others.
        var (slug, slugLocation) = at.Slug is { } written ? (frontMatter?.Slug, written) : (SlugOfFileName(name, file, diagnostics), file.Start);
        if (frontMatter is null || slug is null) return null;
        return new BriefingReading(frontMatter, at, slug, slugLocation, format, bodyStart);
    }

    /// <summary>The briefing the site uses: defaults filled in, tags by slug, its own events related to it.</summary>
    /// <remarks>Run for every briefing of every build, cached or not: empty lists are made nothing of. (The lists views
    /// read stay lists: the output fingerprint knows those, not the front matter's own.)</remarks>
    internal static Briefing ToBriefing(BriefingReading reading, SourceText file, SourceText bodyFile, string name, SiteConfig config, NameSlugs names)
    {
        var (frontMatter, at, slug, slugLocation, format, bodyStart) = reading;
        return new Briefing(slug, frontMatter.Title, frontMatter.Date, frontMatter.Summary, frontMatter.Language ?? config.Language,
            frontMatter.Authors.ToList(), frontMatter.Source, names.Tags(frontMatter.Tags), frontMatter.Draft, new BriefingBody(format, bodyFile, bodyStart),
            frontMatter.Extra.Count == 0
                ? System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty
                : new Dictionary<string, object?>(frontMatter.Extra, StringComparer.Ordinal))
        {
            MetadataFile = file,
            FileName = name,
            Timeline = frontMatter.Timeline.Count == 0 ? [] : OwnEvents(frontMatter.Timeline, at.Timeline, new SlugReference(slug, slugLocation), names),
            GlossaryExclude = frontMatter.GlossaryExclude.Count == 0 ? [] : References(frontMatter.GlossaryExclude, at.GlossaryExclude),
            SlugLocation = slugLocation,
            FrontMatter = frontMatter,
        };
    }

    // Apart from ToBriefing, whose closures would otherwise be made for every briefing, most having neither list.
    private static List<TimelineEvent> OwnEvents(IReadOnlyList<TimelineEventMetadata> events, IReadOnlyList<TimelineEventLocations> at, SlugReference owner, NameSlugs names) =>
        events.Zip(at, (e, where) => TimelineEventParser.ToEvent(e, where, owner, names)).ToList();

    private static List<SlugReference> References(IReadOnlyList<string> slugs, IReadOnlyList<SourceLocation> at) =>
        slugs.Zip(at, (slug, where) => new SlugReference(slug, where)).ToList();

    private static string? SlugOfFileName(string fileName, SourceText file, DiagnosticBag diagnostics)
    {
        // A name whose slug loses letters gets a hash: 中国-2024.md and 日本-2024.md are two pages, not a clash.
        if (Slug.From(fileName).Length > 0) return Slug.FromOrHash(fileName, "briefing");
        diagnostics.Error(DiagnosticCodes.InvalidValue, file.Start,
            $"the file name '{fileName}' has no letter or digit to make a page address from; add '{Keys.Slug}:'");
        return null;
    }
}
