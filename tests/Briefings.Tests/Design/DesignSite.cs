using Briefings.Cli;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Design;

/// <summary>
/// The demo site built once for the design tests, with and without a base URL, and one Chromium shared by them
/// (launched on first use, so a machine without Chromium skips the browser tests and still runs the others).
/// </summary>
public sealed class DesignSite : IAsyncDisposable
{
    public const string BaseUrl = "https://example.org/briefings/";

    /// <summary>One page of each kind the theme has: every template is met at least once.</summary>
    public static readonly string[] PageTypes =
    [
        "index.html", "briefings/otsc-allies-silencieux/index.html", "briefings/belarus-allie-sans-troupes/index.html",
        "timeline/index.html", "timeline/actors/belarus/index.html", "timeline/tags/otsc/index.html",
        "glossary/index.html", "glossary/belarus/index.html", "tags/index.html", "tags/otsc/index.html", "404.html",
    ];

    private readonly TempFolder _temp = new();
    private readonly SemaphoreSlim _launch = new(1, 1);
    private ChromiumSession? _browser;

    public DesignSite()
    {
        _temp.CopyFrom(Repository.PathOf("content"), "demo/content");
        Assert.Equal(0, BriefingsApp.Run(["build", "--source", _temp.Combine("demo"), "--output", _temp.Combine("based"), "--base-url", BaseUrl], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, BriefingsApp.Run(["build", "--source", _temp.Combine("demo"), "--output", _temp.Combine("plain")], TextWriter.Null, TextWriter.Null));
        Based = new SiteFolder(_temp.Combine("based"));
        Plain = new SiteFolder(_temp.Combine("plain"));
    }

    /// <summary>Built with <see cref="BaseUrl"/>, as it is deployed.</summary>
    public SiteFolder Based { get; }

    /// <summary>Built without a base URL, as it is opened from disk.</summary>
    public SiteFolder Plain { get; }

    public string Scratch(string name) => _temp.Combine(name);

    public async Task<IBrowser> BrowserAsync()
    {
        await _launch.WaitAsync();
        try { return (_browser ??= await Chromium.LaunchAsync()).Browser; }
        finally { _launch.Release(); }
    }

    /// <summary>A tab of the given width and colour scheme.</summary>
    public async Task<IPage> PageAsync(int width, ColorScheme scheme = ColorScheme.Light, int height = 800)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme });
        return await context.NewPageAsync();
    }

    public static string FileUrl(SiteFolder site, string page) => new Uri(Path.Combine(site.Root, page)).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _temp.Dispose();
        _launch.Dispose();
    }
}
