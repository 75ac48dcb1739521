using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefings.Cli.Serve;

/// <summary>
/// Kestrel on 127.0.0.1 with one request handler (no routing, no minimal APIs: both need reflection that Native AOT
/// lacks): the built files with their types, <c>index.html</c> for folders, the site's <c>404.html</c> for misses,
/// <c>no-store</c> on everything, the reload script added to HTML, and the events the pages listen to.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly Func<ServedState> _state;
    private readonly ReloadHub _hub;
    private readonly ContentTypes _types = new();
    private readonly byte[] _client = Encoding.UTF8.GetBytes(LiveReload.Client);

    private DevServer(WebApplication app, string root, Func<ServedState> state, ReloadHub hub)
    {
        _app = app;
        _root = root;
        _state = state;
        _hub = hub;
    }

    /// <summary>The port bound (the one the system chose when 0 was asked for).</summary>
    public int Port { get; private set; }

    /// <exception cref="IOException">The port is taken (its inner exception is an <c>AddressInUseException</c>) or cannot be bound.</exception>
    public static async Task<DevServer> StartAsync(int port, string root, Func<ServedState> state, ReloadHub hub, CancellationToken cancellation)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port); // never another interface: drafts and errors are for this machine
            kestrel.AddServerHeader = false;
        });
        builder.Logging.ClearProviders(); // the command prints what matters; the host's log lines would only repeat it
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        var app = builder.Build();
        var server = new DevServer(app, root, state, hub);
        ((IApplicationBuilder)app).Run(server.HandleAsync);
        try
        {
            await app.StartAsync(cancellation);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Port = new Uri(address).Port;
        return server;
    }

    /// <summary>Ends every page's event stream first (a connected page would otherwise hold the shutdown until it leaves), then stops.</summary>
    public async Task StopAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(patience.Token);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store"; // a preview must never show a page from before the last build
        // A page elsewhere whose name an attacker points at 127.0.0.1 (DNS rebinding) would read the preview, drafts
        // included, as its own origin: only requests addressed to this machine by name or address are answered.
        if (request.Host.Host is not ("127.0.0.1" or "localhost"))
        {
            await SendAsync(response, StatusCodes.Status421MisdirectedRequest, "text/plain; charset=utf-8", "421 misdirected request: address this server as 127.0.0.1 or localhost\n"u8.ToArray(), false);
            return;
        }
        var head = HttpMethods.IsHead(request.Method);
        if (!head && !HttpMethods.IsGet(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath)
        {
            await EventsAsync(context);
            return;
        }
        if (path == LiveReload.ScriptPath)
        {
            await SendAsync(response, StatusCodes.Status200OK, "text/javascript; charset=utf-8", _client, head);
            return;
        }
        var state = _state();
        var decision = SitePath.Map(_root, state.BasePath, path);
        switch (decision.Outcome)
        {
            case PathOutcome.File:
                await SendFileAsync(response, StatusCodes.Status200OK, decision.Value!, state, head);
                return;
            case PathOutcome.Redirect:
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = new PathString(decision.Value!).ToUriComponent() + request.QueryString.ToUriComponent();
                return;
            case PathOutcome.BadRequest:
                await SendAsync(response, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8", "400 bad request: a path the site cannot link to\n"u8.ToArray(), head);
                return;
            default:
                await NotFoundAsync(response, state, head);
                return;
        }
    }

    private async Task NotFoundAsync(HttpResponse response, ServedState state, bool head)
    {
        var index = SitePath.Map(_root, "", "/");
        if (index.Outcome != PathOutcome.File)
        {
            // No site yet (the first build runs, or failed): a page that says so, and reloads when there is one.
            var page = LiveReload.Inject(PlaceholderPage.Render(state.Errors), state.Build);
            await SendAsync(response, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8", page, head);
            return;
        }
        var notFound = SitePath.Map(_root, "", "/" + Routing.Router.NotFound);
        if (notFound.Outcome == PathOutcome.File)
        {
            await SendFileAsync(response, StatusCodes.Status404NotFound, notFound.Value!, state, head);
            return;
        }
        await SendAsync(response, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "404 not found\n"u8.ToArray(), head);
    }

    private async Task SendFileAsync(HttpResponse response, int status, string file, ServedState state, bool head)
    {
        var type = _types.For(file);
        try
        {
            if (ContentTypes.IsHtml(type))
            {
                // Read, tagged and sent from memory: the file on disk stays as the build wrote it.
                var page = LiveReload.Inject(await File.ReadAllBytesAsync(file), state.Build);
                await SendAsync(response, status, type, page, head);
                return;
            }
            var length = new FileInfo(file).Length;
            response.StatusCode = status;
            response.ContentType = type;
            response.ContentLength = length;
            if (!head) await response.SendFileAsync(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && !response.HasStarted)
        {
            // Deleted by a rebuild between the lookup and the read.
            response.Clear();
            response.Headers.CacheControl = "no-store";
            await NotFoundAsync(response, state, head);
        }
    }

    private static async Task SendAsync(HttpResponse response, int status, string type, byte[] body, bool head)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = body.Length;
        if (!head) await response.Body.WriteAsync(body);
    }

    /// <summary>
    /// The page's event stream: the current state first, then each build's event. It ends when the page leaves or the
    /// server stops (measured: without the second, the shutdown waits for every open page, up to 30 s).
    /// </summary>
    private async Task EventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        using var subscription = _hub.Subscribe();
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        try
        {
            // retry: how soon the browser reconnects after the server went (a restart of serve).
            await response.WriteAsync("retry: 500\n\n", ending.Token);
            await response.Body.FlushAsync(ending.Token);
            await foreach (var next in subscription.Events.ReadAllAsync(ending.Token))
            {
                await response.WriteAsync(next.Frame, ending.Token);
                await response.Body.FlushAsync(ending.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page left, or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke while writing.
        }
    }
}
