namespace Briefings.Configuration;

/// <summary>The site as described by <c>content/site.yml</c>.</summary>
public sealed record SiteConfig(
    string Title,
    string? Description,
    string Language,
    Uri? BaseUrl,
    string? Author,
    string? Copyright,
    MarkdownOptions Markdown,
    IReadOnlyDictionary<string, object?> Extra)
{
    /// <summary>Link the first mention of each glossary term in briefings (<c>glossary: { auto_link: false }</c> turns it off).</summary>
    public bool GlossaryAutoLink { get; init; } = true;

    /// <summary>French typography in French text: no-break spaces before <c>: ; ! ?</c> and inside <c>« »</c>, <c>’</c>, ordinals
    /// (<c>typography: false</c> turns it off and leaves the text as written).</summary>
    public bool Typography { get; init; } = true;

    /// <summary>Briefings per page of the home page and of each tag page (<c>paginate: 20</c>).</summary>
    public int Paginate { get; init; } = DefaultPaginate;

    public const int DefaultPaginate = 20;

    /// <summary>Seconds one page's templates may run before the page fails with an error (<c>template_time_limit: 10</c>):
    /// a loop that never ends stops the build with its place, instead of hanging it.</summary>
    public int TemplateTimeLimit { get; init; } = DefaultTemplateTimeLimit;

    public const int DefaultTemplateTimeLimit = 10;

    /// <summary>What builds keep in the output folder although they did not write it (<c>keep:</c>, glob patterns), besides <c>.git</c>, <c>CNAME</c> and <c>.nojekyll</c>.</summary>
    public IReadOnlyList<string> Keep { get; init; } = [];

    /// <summary>Write the search index, the search page and the header's search box (<c>search: false</c> turns them off).</summary>
    public bool Search { get; init; } = true;

    public static SiteConfig Fallback { get; } = new("Briefings", null, "en", null, null, null, MarkdownOptions.Default,
        new Dictionary<string, object?>());
}
