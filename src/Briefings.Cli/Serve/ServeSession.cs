using System.Diagnostics;
using System.Threading.Channels;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Output;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace Briefings.Cli.Serve;

/// <summary>
/// <c>briefings serve</c> from start to stop: binds the port, builds, serves, watches the site and rebuilds on change,
/// telling the open pages; stops when its token is cancelled (Ctrl+C, SIGTERM, or a test), deleting its private folder.
/// A failed build is printed and shown in the pages while the last good site stays served.
/// </summary>
public sealed class ServeSession
{
    private readonly ServeSettings _settings;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly string _target;
    private readonly PrivateOutput? _private;
    private readonly ReloadHub _hub = new();
    private readonly Channel<string> _changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1024)
    {
        // A flood of events only loses names in the message: the build after it rescans the site anyway.
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });
    private volatile ServedState _state;
    private DevServer? _server;
    private SourceWatcher? _watcher;
    private Task<int>? _completion;

    private ServeSession(ServeSettings settings, TextWriter output, TextWriter error, string target, PrivateOutput? privateOutput)
    {
        _settings = settings;
        _output = output;
        _error = error;
        _target = target;
        _private = privateOutput;
        _state = ServedState.Initial(BasePathOf(settings.Options.BaseUrl));
    }

    /// <summary>Where the pages are (the base path included), once started.</summary>
    public Uri Address => new($"http://127.0.0.1:{_server!.Port}{new PathString(_state.BasePath + "/").ToUriComponent()}");

    /// <summary>The folder the site is built into.</summary>
    public string OutputFolder => _target;

    /// <summary>How many pages listen to the events right now.</summary>
    public int ConnectedPages => _hub.PageCount;

    /// <summary>Ends with the exit code once the session stopped.</summary>
    public Task<int> Completion => _completion!;

    /// <summary>Starts and serves until <paramref name="stop"/>; the exit code.</summary>
    public static async Task<int> RunAsync(ServeSettings settings, TextWriter output, TextWriter error, CancellationToken stop)
    {
        var (session, exit) = await StartAsync(settings, output, error, stop);
        return session is null ? exit : await session.Completion;
    }

    /// <returns>The session, serving; or null and the exit code when it could not start (the reason printed).</returns>
    public static async Task<(ServeSession? Session, int Exit)> StartAsync(ServeSettings settings, TextWriter output, TextWriter error, CancellationToken stop)
    {
        // Builds, watchers and requests print from their own threads.
        output = TextWriter.Synchronized(output);
        error = TextWriter.Synchronized(error);
        if (!Directory.Exists(settings.Site))
        {
            error.WriteLine($"error: the site folder '{settings.Site}' does not exist");
            return (null, ExitCodes.Usage);
        }
        PrivateOutput? privateOutput = null;
        if (settings.Output is null)
        {
            try
            {
                privateOutput = PrivateOutput.Create(RealPath.Of(settings.Site));
            }
            catch (IOException e)
            {
                error.WriteLine($"error: {e.Message}; choose a folder with --output");
                return (null, ExitCodes.ContentErrors);
            }
        }
        var session = new ServeSession(settings, output, error, settings.Output ?? privateOutput!.Site, privateOutput);
        var exit = await session.StartAsync(stop);
        if (exit is null) return (session, ExitCodes.Success);
        privateOutput?.Dispose();
        return (null, exit.Value);
    }

    private async Task<int?> StartAsync(CancellationToken stop)
    {
        try
        {
            _server = await DevServer.StartAsync(_settings.Port, _target, () => _state, _hub, stop);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            var port = _settings.Port;
            _error.WriteLine($"error: port {port} on 127.0.0.1 is already in use (another 'briefings serve'?); try --port {(port < 65535 ? port + 1 : 1024)}, or --port 0 for any free port");
            return ExitCodes.ContentErrors;
        }
        catch (IOException e)
        {
            _error.WriteLine($"error: could not listen on 127.0.0.1:{_settings.Port}: {e.InnerException?.Message ?? e.Message}; try --port 0 for any free port");
            return ExitCodes.ContentErrors;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }

        // Watching starts before the first build: a save made while it runs makes one more build after it.
        _watcher = new SourceWatcher(_settings.Site, _changes.Writer, message => _error.WriteLine(message));
        var first = await Task.Run(() => Build(["(start)"], stop), CancellationToken.None);
        if (first is FolderBuildOutcome.Refused or FolderBuildOutcome.WriteFailed or FolderBuildOutcome.Interrupted)
        {
            await StopAsync();
            return first == FolderBuildOutcome.Interrupted ? ExitCodes.Success : ExitCodes.ContentErrors;
        }
        var loop = new RebuildLoop(_changes.Reader, _settings.Debounce, TimeProvider.System, (changed, token) => Task.Run(() => Build(changed, token), CancellationToken.None));
        var running = Task.Run(() => loop.RunAsync(stop), CancellationToken.None);
        var where = _private is null ? _target : $"{_target}, deleted when you stop";
        _output.WriteLine($"Serving {_settings.Site} at {Address} (built into {where}); Ctrl+C to stop");
        if (_settings.Open) BrowserOpener.TryOpen(Address, _error);
        _completion = RunUntilStoppedAsync(running, stop);
        return null;
    }

    private async Task<int> RunUntilStoppedAsync(Task loop, CancellationToken stop)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously); // not on the signal's thread
        await using (stop.Register(() => stopped.TrySetResult()))
        {
            await stopped.Task;
        }
        await StopAsync();
        await loop;
        _private?.Dispose();
        _output.WriteLine("stopped");
        return ExitCodes.Success;
    }

    /// <summary>The server first (open pages are let go at once), then the watchers; the private folder last.</summary>
    private async Task StopAsync()
    {
        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
    }

    /// <summary>One build into the output; prints it, updates what is served and tells the pages.</summary>
    private FolderBuildOutcome Build(IReadOnlyCollection<string> changed, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var settings = new FolderBuildSettings(Strict: false, UseCache: true, Force: false, stop, _settings.Observe);
        FolderBuildResult result;
        try
        {
            result = FolderBuild.Run(_settings.Site, _target, _settings.Options, settings);
        }
        catch (Exception e) when (Thrown.Find<InputChangedException>(e) is { } saved)
        {
            // A file changed while it was read (an editor saving): the change that made it is on its way; build again.
            _error.WriteLine($"{saved.Message}; building again");
            _changes.Writer.TryWrite(SourceWatcher.Everything);
            return FolderBuildOutcome.Failed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            _error.WriteLine($"This is a bug in Briefings, not in your site. Please report it: {BriefingsApp.IssuesUrl}");
            Failed([], $"internal error: {e.Message}");
            return FolderBuildOutcome.Failed;
        }
        if (result.Build is { } build) DiagnosticPrinter.Print(build.Diagnostics, _error);
        var why = changed.Count == 0 || changed.Contains("(start)") ? "" : $" after {Describe(changed)}";
        switch (result.Outcome)
        {
            case FolderBuildOutcome.Built:
                var previous = _state;
                var basePath = _settings.Options.BaseUrl is null ? BasePathOf(result.Build!.State?.Loaded.Config.BaseUrl) : previous.BasePath;
                var next = new ServedState(previous.Build + 1, basePath, null);
                _state = next;
                var warnings = result.Build!.Diagnostics.Count(d => d.Severity == Severity.Warning);
                _output.WriteLine(Summary.Built(result.Build.PageCount, clock.Elapsed, warnings, result.Rendered, result.Rewritten) + why);
                if (basePath != previous.BasePath && _server is not null && previous.Build > 0) _output.WriteLine($"base_url changed: now serving at {Address}");
                _hub.Publish(previous.Errors is null ? ServerEvent.Reload(next.Build) : ServerEvent.Ok(next.Build));
                return result.Outcome;
            case FolderBuildOutcome.Failed:
                var errors = result.Build!.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
                _error.WriteLine(File.Exists(Path.Combine(_target, "index.html"))
                    ? $"build failed{why}; still serving the last good build"
                    : $"build failed{why}; the pages show the errors until a build succeeds");
                Failed(errors, null);
                return result.Outcome;
            case FolderBuildOutcome.Interrupted:
                return result.Outcome;
            case FolderBuildOutcome.InputChanged:
                // The save that changed the file is on its way as an event; build again all the same, in case it was the last.
                _error.WriteLine($"{result.Message}; building again");
                _changes.Writer.TryWrite(SourceWatcher.Everything);
                return result.Outcome;
            default:
                // Refused (an output folder that is not the builds', another build in it) or a write the disk refused.
                _error.WriteLine($"error: {result.Message}");
                Failed([], result.Message);
                return result.Outcome;
        }
    }

    private void Failed(IReadOnlyList<Diagnostic> errors, string? message)
    {
        var printed = errors.Select(e => e.ToString()).ToList();
        if (message is not null) printed.Add(message);
        _state = _state with { Errors = printed };
        _hub.Publish(ServerEvent.Error(_state.Build, errors, message));
    }

    private string Describe(IReadOnlyCollection<string> changed)
    {
        if (changed.Contains(SourceWatcher.Everything)) return "changes";
        // A file that is there now rather than a temporary one an editor or sed wrote and renamed.
        var first = changed.OrderBy(c => File.Exists(Path.Combine(_settings.Site, c)) ? 0 : 1).First();
        return changed.Count == 1 ? $"a change to {first}" : $"changes to {first} and {changed.Count - 1} more";
    }

    private static string BasePathOf(Uri? url) => url is null ? "" : Uri.UnescapeDataString(url.AbsolutePath).TrimEnd('/');
}
