using Briefings.Cli.Serve;
using Briefings.Configuration;
using Briefings.Tests.Support;

namespace Briefings.Tests.Serve;

/// <summary>A site on disk served by <c>briefings serve</c> on a free port, in this process, with an HTTP client that does not follow redirects.</summary>
public sealed class ServedSite : IAsyncDisposable
{
    public const string BriefingPath = "content/briefings/a.md";

    private readonly CancellationTokenSource _stop = new();
    private ServeSession? _session;

    private ServedSite(TempFolder temp) => Temp = temp;

    public TempFolder Temp { get; }

    public string Site => Temp.Combine("site");

    public ServeSession Session => _session!;

    public StringWriter Output { get; } = new();

    public StringWriter Error { get; } = new();

    public HttpClient Http { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    public static string Briefing(string body, string title = "Premier") => TestSite.Briefing($"title: {title}\ndate: 2024-01-01", body);

    /// <summary>A small site with a briefing and a static file of each type worth checking.</summary>
    public static (string Path, string Text)[] Files(string briefing) =>
    [
        ("content/site.yml", TestSite.MinimalConfig),
        (BriefingPath, briefing),
        ("static/data.json", "{\"a\":1}"),
        ("static/pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"></svg>"),
        ("static/app.js", "console.log('é');"),
        ("static/feed.xml", "<?xml version=\"1.0\"?><feed/>"),
        ("static/notes.txt", "é"),
    ];

    public static Task<ServedSite> StartAsync(string briefing, BuildOptions? options = null) => StartAsync(Files(briefing), options);

    public static async Task<ServedSite> StartAsync((string Path, string Text)[] files, BuildOptions? options = null)
    {
        var served = new ServedSite(new TempFolder());
        foreach (var (path, text) in files) served.Temp.Write(Path.Combine("site", path), text);
        // A PNG's first bytes: enough for its type.
        File.WriteAllBytes(Path.Combine(served.Site, "static", "pic.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var settings = new ServeSettings(served.Site, 0, options ?? BuildOptions.Default);
        var (session, exit) = await ServeSession.StartAsync(settings, served.Output, served.Error, served._stop.Token);
        Assert.True(session is not null, $"serve did not start (exit {exit}): {served.Error}");
        served._session = session;
        return served;
    }

    public Uri Url(string path) => new(Session.Address, path);

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(Url(path), TestContext.Current.CancellationToken);

    public Task<string> TextAsync(string path) => Http.GetStringAsync(Url(path), TestContext.Current.CancellationToken);

    public Task<EventReader> EventsAsync() => EventReader.OpenAsync(Http, Session.Address);

    /// <summary>Writes a file of the site as an editor saving in place would.</summary>
    public void Edit(string relative, string text) => File.WriteAllText(Path.Combine(Site, relative), text);

    /// <summary>The Ctrl+C equivalent: cancels the token and waits for the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan within)
    {
        _stop.Cancel();
        return await Session.Completion.WaitAsync(within, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null && !_stop.IsCancellationRequested)
        {
            _stop.Cancel();
            await _session.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        }
        _stop.Dispose();
        Http.Dispose();
        Temp.Dispose();
    }
}
