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

        var builder = new System.Text.StringBuilder(ups * 3 + target.Length - shared + index.Length + fragment.Length);
        for (var i = 0; i < ups; i++) builder.Append("../");
        return builder.Append(target[shared..]).Append(index).Append(fragment).ToString();
    }
}
