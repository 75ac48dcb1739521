using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>The site as templates see it (<c>site.title</c>, <c>site.language</c>…).</summary>
public sealed record SiteView(
    string Title,
    string? Description,
    string Language,
    string? Author,
    string? Copyright,
    string? BaseUrl,
    ScriptObject Extra) : SharedView
{
    /// <summary>Whether the site has search: its page, its index and the header's box.</summary>
    public bool Search { get; init; }

    private static readonly TemplateMembers<SiteView> Accessor = TemplateMembers<SiteView>.Of(
        ("title", v => v.Title), ("description", v => v.Description), ("language", v => v.Language), ("author", v => v.Author),
        ("copyright", v => v.Copyright), ("base_url", v => v.BaseUrl), ("extra", v => v.Extra),
        ("search", v => v.Search));

    public override IObjectAccessor Members => Accessor;
}
