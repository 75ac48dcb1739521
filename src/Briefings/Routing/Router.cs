namespace Briefings.Routing;

/// <summary>
/// Every path, anchor and URL of the site comes from here. Paths are root-relative
/// (<c>briefings/x/index.html</c>); links between pages are made relative at render time, so the
/// site works under any sub-path and opened from disk; absolute URLs exist only under <c>base_url</c>.
/// Links always name <c>index.html</c>, which <c>file://</c> needs.
/// </summary>
public sealed class Router(Uri? baseUrl)
{
    public const string Home = "index.html";
    public const string NotFound = "404.html";
    public const string Tags = "tags/index.html";
    public const string Timeline = "timeline/index.html";
    public const string TimelineJson = "timeline.json";
    public const string Glossary = "glossary/index.html";
    private const string AssetsFolder = "assets/";

    /// <summary>The site's Atom feed: the latest briefings (written only under <c>base_url</c>, like everything below).</summary>
    public const string Feed = "feed.xml";

    /// <summary>The sitemap, or with more pages than one sitemap may list, the index of its parts (<see cref="SitemapPart"/>).</summary>
    public const string Sitemap = "sitemap.xml";

    /// <summary>Crawlers read it only at a host's root: under a sub-path it is written, and ignored.</summary>
    public const string Robots = "robots.txt";
    /// <summary>The search page; the index it reads is beside it (<see cref="SearchMeta"/>).</summary>
    public const string Search = "search/index.html";

    /// <summary>The index's table of contents, the first file a query loads: how its keys and texts are split into files.</summary>
    public const string SearchMeta = "search/meta.js";

    /// <summary>One file of the index's keys, those from the <paramref name="number"/>th range of keys on.</summary>
    public static string SearchKeys(int number) => $"search/i/{number}.js";

    /// <summary>One file of the search documents' titles, addresses and texts, for the results and their snippets.</summary>
    public static string SearchTexts(int number) => $"search/f/{number}.js";

    /// <summary>The site's public address with a trailing slash, or null: then no absolute URL exists.</summary>
    public Uri? BaseUrl { get; } = baseUrl;

    public string Briefing(string slug) => $"briefings/{slug}/index.html";

    public string Tag(string slug) => $"tags/{slug}/index.html";

    /// <summary>The feed of one tag's latest briefings, beside the tag's page.</summary>
    public string TagFeed(string slug) => $"tags/{slug}/feed.xml";

    /// <summary>The feed of the latest briefings in one language, for a site that mixes languages.</summary>
    public string LanguageFeed(string language) => $"feeds/{language}.xml";

    /// <summary>Part <paramref name="number"/> (1-based) of a sitemap too large for one file.</summary>
    public static string SitemapPart(int number) => $"sitemap-{number}.xml";

    public string TimelineTag(string slug) => $"timeline/tags/{slug}/index.html";

    public string TimelineActor(string slug) => $"timeline/actors/{slug}/index.html";

    /// <summary>An event on the page of the site timeline that holds it (<paramref name="page"/>, from the plan's split).</summary>
    public static string Event(string page, string id) => $"{page}#{id}";

    /// <summary>One year of the timeline in TimelineJS3's format, beside that year's page.</summary>
    public static string TimelineYearJson(int year) => TimelinePeriod(Timeline, year).Replace("index.html", "timeline.json", StringComparison.Ordinal);

    /// <summary>A term's own page: its whole definition and every briefing that cites it.</summary>
    public string GlossaryTerm(string id) => $"glossary/{id}/index.html";

    /// <summary>A term's entry on the glossary's index page.</summary>
    public string GlossaryEntry(string id) => $"{Glossary}#{id}";

    /// <summary>
    /// The page of one year (or one month of a year) of a timeline whose whole is at <paramref name="first"/>:
    /// <c>timeline/2022/index.html</c>, <c>timeline/tags/otsc/2022/04/index.html</c>. Dates alone name them, so
    /// an event's address stays the same as the archive grows.
    /// </summary>
    public static string TimelinePeriod(string first, int year, int? month = null)
    {
        var folder = first[..(first.LastIndexOf('/') + 1)];
        var yearPart = year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        return month is { } m ? $"{folder}{yearPart}/{m:D2}/index.html" : $"{folder}{yearPart}/index.html";
    }

    /// <summary>A file of a briefing's bundle, beside its page: <c>briefings/trip/photo.jpg</c> for <c>photo.jpg</c>.</summary>
    public string BriefingFile(string slug, string name) => $"briefings/{slug}/{name}";

    /// <summary>A file of <c>static/</c>, at the same place under the site's root: <c>favicon.ico</c>, <c>docs/annexe.pdf</c>.</summary>
    public static string StaticFile(string name) => name;

    /// <summary>A theme asset: <c>assets/style.css</c> for <c>style.css</c>.</summary>
    public string Asset(string name) => AssetsFolder + name;

    /// <summary>Whether a theme file is an asset, copied as is into the output.</summary>
    public static bool IsAsset(string themeName) => themeName.StartsWith(AssetsFolder, StringComparison.Ordinal);

    /// <summary>
    /// Page <paramref name="number"/> (1-based) of a listing whose first page is <paramref name="first"/>:
    /// the first page keeps its address, later ones go under <c>page/N/</c> beside it, as Hugo does.
    /// </summary>
    public static string Paged(string first, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (number == 1) return first;
        var folder = first[..(first.LastIndexOf('/') + 1)];
        return $"{folder}page/{number}/index.html";
    }

    /// <summary>
    /// The URL written in <paramref name="page"/> to reach <paramref name="target"/>: relative, except on
    /// the 404 page, which a server shows at any depth, so it links absolutely when the site has a base URL.
    /// </summary>
    public string Link(string page, string target) =>
        page == NotFound && Absolute(target) is { } absolute ? absolute : Relative(page, target);

    /// <summary>The absolute URL of a root-relative path under <c>base_url</c>, or null without one.</summary>
    public string? Absolute(string path) => BaseUrl is null ? null : new Uri(BaseUrl, path).ToString();

    /// <summary>The URL that leads from the page at <paramref name="from"/> to <paramref name="to"/>, both root-relative.</summary>
    /// <remarks>Called for every link of every page, so it walks the paths in place instead of splitting them.</remarks>
    public static string Relative(string from, string to)
    {
        var hash = to.IndexOf('#');
        var target = hash < 0 ? to.AsSpan() : to.AsSpan(0, hash);
        var fragment = hash < 0 ? ReadOnlySpan<char>.Empty : to.AsSpan(hash);
        if (target.IsEmpty) return fragment.ToString();
        var index = target.EndsWith("/") ? "index.html" : "";

        // Skip the folders both paths share.
        var fromDirectory = from.AsSpan(0, from.LastIndexOf('/') + 1);
        var shared = 0;
        while (true)
        {
            var slash = fromDirectory[shared..].IndexOf('/');
            if (slash < 0 || !target[shared..].StartsWith(fromDirectory.Slice(shared, slash + 1), StringComparison.Ordinal)) break;
            shared += slash + 1;
        }
        var ups = fromDirectory[shared..].Count('/');

        // Written straight into the string's own characters: no builder to allocate for each link.
        var rest = target[shared..];
        var length = ups * 3 + rest.Length + index.Length + fragment.Length;
        Span<char> chars = length <= 512 ? stackalloc char[length] : new char[length];
        for (var i = 0; i < ups; i++) "../".CopyTo(chars[(i * 3)..]);
        rest.CopyTo(chars[(ups * 3)..]);
        index.CopyTo(chars[(ups * 3 + rest.Length)..]);
        fragment.CopyTo(chars[(ups * 3 + rest.Length + index.Length)..]);
        return new string(chars);
    }
}
