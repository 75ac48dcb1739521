namespace Briefings.Metadata;

/// <summary>
/// Every key of a briefing's metadata and of a timeline event, spelt once. The parsers read these constants,
/// <see cref="FrontMatterWriter"/> writes keys in the order of the lists below, and a test holds the lists
/// to the README's tables, so a key cannot be renamed in one place only.
/// </summary>
public static class FrontMatterSchema
{
    public const string Title = "title";
    public const string Date = "date";
    public const string Summary = "summary";
    public const string Language = "language";
    public const string Authors = "authors";
    public const string Source = "source";
    public const string Tags = "tags";
    public const string Draft = "draft";
    public const string Slug = "slug";
    public const string Timeline = "timeline";
    public const string GlossaryExclude = "glossary_exclude";
    public const string Extra = "extra";

    // Inside `source:` of a briefing, and inside each item of `sources:`.
    public const string Name = "name";
    public const string Url = "url";
    public const string Published = "published";

    // Of a timeline event, besides date, title, summary and tags.
    public const string Id = "id";
    public const string Place = "place";
    public const string Actors = "actors";
    public const string Sources = "sources";
    public const string Briefings = "briefings";

    /// <summary>The keys of a briefing, in the order of the README's table.</summary>
    public static IReadOnlyList<FrontMatterKey> BriefingKeys { get; } =
    [
        new(Title, "text", "the briefing's title", Required: true),
        new(Date, "`yyyy-mm-dd`", "the briefing's publication date", Required: true),
        new(Summary, "text", "shown in listings and as the page description"),
        new(Language, "BCP 47 tag", "default: the site's; sets the page's `<html lang>` and how dates are written"),
        new(Authors, "list of texts", "who wrote the briefing"),
        new(Source, "map: `name` (required), `url` (absolute `http(s)`), `published` (`yyyy-mm-dd`)",
            "the original publication; leave `published` out when unknown, the page then says so"),
        new(Tags, "list of texts", "one page per tag; tags with the same slug (`Bélarus`, `belarus`) are one tag"),
        new(Draft, "`true`/`false`", "drafts are left out unless `--drafts`"),
        new(Slug, "lowercase letters, digits, hyphens", "the page address `briefings/<slug>/`; default: the file name, slugified"),
        new(Timeline, "list of events", "events that belong to this briefing (see below); they relate to it without saying so"),
        new(GlossaryExclude, "list of term ids", "glossary terms this briefing should not link"),
        new(Extra, "map", "free values for your templates (`briefing.extra`)"),
    ];

    /// <summary>The keys of a briefing's <c>source:</c> map.</summary>
    public static IReadOnlyList<FrontMatterKey> SourceKeys { get; } =
    [
        new(Name, "text", "the publication's name", Required: true),
        new(Url, "absolute `http(s)` URL", "where the original can be read"),
        new(Published, "`yyyy-mm-dd`", "when the original was published; left out when unknown"),
    ];

    /// <summary>The keys of a timeline event, in the order of the README's example.</summary>
    public static IReadOnlyList<FrontMatterKey> EventKeys { get; } =
    [
        new(Id, "lowercase letters, digits, hyphens", "the event's anchor; default: slug of date and title; unique"),
        new(Date, "EDTF date", "when it happened, as precisely as known (`2022-04-01`, `2022-04`, `2002~`, `2022-04-01/2022-04-03`)", Required: true),
        new(Title, "text", "what happened", Required: true),
        new(Summary, "Markdown text", "more about it"),
        new(Place, "text", "where it happened"),
        new(Actors, "list of texts", "who took part; one timeline page per actor"),
        new(Tags, "list of texts", "one timeline page per tag"),
        new(Sources, "list of maps: `name` (required), `url` (absolute `http(s)`)", "where it is reported"),
        new(Briefings, "list of briefing slugs", "slugs of related briefings"),
    ];

    /// <summary>The keys of each item of an event's <c>sources:</c> list.</summary>
    public static IReadOnlyList<FrontMatterKey> SourceLinkKeys { get; } =
    [
        new(Name, "text", "the source's name", Required: true),
        new(Url, "absolute `http(s)` URL", "where it can be read"),
    ];
}
