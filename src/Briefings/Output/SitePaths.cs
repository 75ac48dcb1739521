namespace Briefings.Output;

/// <summary>
/// Where each page lives in the output, as paths relative to the site root, and the relative URLs
/// between them. Links always name <c>index.html</c> so the site also works opened from disk.
/// </summary>
public static class SitePaths
{
    public const string Index = "index.html";
    public const string NotFound = "404.html";
    public const string Tags = "tags/index.html";
    public const string Assets = "assets/";

    public const string Timeline = "timeline/index.html";
    public const string TimelineJson = "timeline.json";
    public const string Glossary = "glossary/index.html";

    public static string GlossaryTerm(string id) => $"{Glossary}#{id}";

    public static string Briefing(string slug) => $"briefings/{slug}/index.html";

    public static string Event(string id) => $"{Timeline}#{id}";

    public static string TimelineTag(string slug) => $"timeline/tags/{slug}/index.html";

    public static string TimelineActor(string slug) => $"timeline/actors/{slug}/index.html";

    public static string Tag(string slug) => $"tags/{slug}/index.html";

    /// <summary>The URL that leads from the page at <paramref name="from"/> to <paramref name="to"/>, both root-relative.</summary>
    public static string Relative(string from, string to)
    {
        var hash = to.IndexOf('#');
        var fragment = hash < 0 ? "" : to[hash..];
        var target = hash < 0 ? to : to[..hash];
        if (target.Length == 0) return fragment;
        if (target.EndsWith('/')) target += "index.html";

        var fromDirs = from.Split('/')[..^1];
        var toParts = target.Split('/');
        var common = 0;
        while (common < fromDirs.Length && common < toParts.Length - 1 && fromDirs[common] == toParts[common]) common++;

        var ups = string.Concat(Enumerable.Repeat("../", fromDirs.Length - common));
        return ups + string.Join('/', toParts[common..]) + fragment;
    }
}
