using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Publishing;

/// <summary>
/// What <c>partials/head-meta.html</c> writes in a page's head besides its title and canonical link: Open Graph and
/// Twitter card values, the feeds it announces, its schema.org JSON-LD. Feeds and JSON-LD need absolute URLs: without
/// <c>base_url</c> their lists are empty.
/// </summary>
/// <param name="Type">Open Graph's <c>og:type</c>: <c>article</c> for a briefing, <c>website</c> for any other page.</param>
/// <param name="Locale">Open Graph's <c>og:locale</c> (<c>fr_FR</c>), or null for a language without a usual territory.</param>
/// <param name="Published">A briefing's date (<c>2026-11-23</c>) for <c>article:published_time</c>; null on other pages.</param>
/// <param name="JsonLd">Each a JSON object for one <c>&lt;script type="application/ld+json"&gt;</c>, escaped so that it cannot close it.</param>
public sealed record HeadMetaView(
    string Type,
    string? Description,
    string? Locale,
    string? Published,
    IReadOnlyList<string> Tags,
    IReadOnlyList<FeedLinkView> Feeds,
    IReadOnlyList<RawHtml> JsonLd) : ITemplateObject
{
    private static readonly TemplateMembers<HeadMetaView> Accessor = TemplateMembers<HeadMetaView>.Of(
        ("type", v => v.Type), ("description", v => v.Description), ("locale", v => v.Locale), ("published", v => v.Published),
        ("tags", v => v.Tags), ("feeds", v => v.Feeds), ("json_ld", v => v.JsonLd));

    public IObjectAccessor Members => Accessor;
}
