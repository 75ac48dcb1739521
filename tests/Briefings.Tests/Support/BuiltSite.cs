namespace Briefings.Tests.Support;

/// <summary>A site built into a folder on disk, as a reader opens it (<c>file://</c>).</summary>
/// <param name="Name">What the site is, for messages: <c>demo</c>, <c>generated</c>.</param>
/// <param name="Root">The output folder.</param>
public sealed record BuiltSite(string Name, string Root)
{
    /// <summary>Every HTML page, as a path relative to <see cref="Root"/> with <c>/</c>, in ordinal order.</summary>
    public IReadOnlyList<string> Pages => _pages.Value;

    private readonly Lazy<IReadOnlyList<string>> _pages = new(() => Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList());

    public string PathOf(string page) => Path.Combine(Root, page);

    /// <summary>The page's <c>file://</c> address.</summary>
    public string Url(string page) => new Uri(PathOf(page)).AbsoluteUri;
}
