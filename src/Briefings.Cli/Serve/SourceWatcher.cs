using System.Threading.Channels;
using Briefings.Content;

namespace Briefings.Cli.Serve;

/// <summary>
/// Tells the rebuild loop that something under <c>content/</c>, <c>templates/</c> or <c>static/</c> changed. One
/// recursive watcher per folder that exists, and one on the site folder itself (not recursive) for those folders coming
/// and going: not one recursive watcher on the site folder, which in a repository would put an inotify watch on every
/// folder of it (<c>.git</c>, <c>bin</c>, <c>node_modules</c>) and wake up for each of their changes. Every kind of event
/// counts the same (an editor's save may be a Created, a Renamed over the file, or Changed twice); an overflow counts as a
/// change of everything, since the build rescans the site anyway.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    /// <summary>What the loop is given when the watcher lost count of the events.</summary>
    public const string Everything = "*";

    private readonly string _site;
    private readonly ChannelWriter<string> _changes;
    private readonly Action<string> _warn;
    private readonly FileSystemWatcher _root;
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _disposed;
    private int _limitWarned;

    /// <param name="warn">Told once when the system's limit on watches is reached.</param>
    public SourceWatcher(string site, ChannelWriter<string> changes, Action<string> warn)
    {
        _site = site;
        _changes = changes;
        _warn = warn;
        _root = new FileSystemWatcher(site) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName };
        _root.Created += (_, e) => RootChanged(e.Name);
        _root.Deleted += (_, e) => RootChanged(e.Name);
        _root.Renamed += (_, e) =>
        {
            RootChanged(e.OldName);
            RootChanged(e.Name);
        };
        _root.Error += (_, e) => Lost(e.GetException());
        _root.EnableRaisingEvents = true;
        foreach (var folder in SiteReader.Folders) Refresh(folder);
    }

    private void RootChanged(string? name)
    {
        if (name is null || !SiteReader.Folders.Contains(name, StringComparer.Ordinal)) return;
        Refresh(name);
        _changes.TryWrite(name);
    }

    /// <summary>Watches <paramref name="folder"/> when it exists (again), stops when it went.</summary>
    private void Refresh(string folder)
    {
        lock (_gate)
        {
            if (_disposed) return;
            if (_folders.Remove(folder, out var old)) old.Dispose();
            var path = Path.Combine(_site, folder);
            if (!Directory.Exists(path)) return;
            try
            {
                var watcher = new FileSystemWatcher(path)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                    InternalBufferSize = 64 * 1024, // a git checkout is thousands of events at once
                };
                watcher.Created += (_, e) => Changed(folder, e.Name);
                watcher.Changed += (_, e) => Changed(folder, e.Name);
                watcher.Deleted += (_, e) => Changed(folder, e.Name);
                // A save by rename is a Renamed whose new name is the file (no Changed follows); a rename to a backup takes the file away.
                watcher.Renamed += (_, e) =>
                {
                    Changed(folder, e.OldName);
                    Changed(folder, e.Name);
                };
                watcher.Error += (_, e) => Lost(e.GetException());
                watcher.EnableRaisingEvents = true;
                _folders[folder] = watcher;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                Lost(e); // gone between the look and the watch, or the watch limit: build anyway
            }
        }
    }

    private void Changed(string folder, string? name)
    {
        var relative = name is null ? folder : folder + "/" + name.Replace(Path.DirectorySeparatorChar, '/');
        if (WatchFilter.IsRelevant(relative)) _changes.TryWrite(relative);
    }

    private void Lost(Exception e)
    {
        _changes.TryWrite(Everything);
        // inotify's limit: watching stops working for new folders; say how to raise it, once.
        if (e is IOException && e is not InternalBufferOverflowException && e.Message.Contains("inotify", StringComparison.OrdinalIgnoreCase)
            && Interlocked.Exchange(ref _limitWarned, 1) == 0)
        {
            _warn($"warning: {e.Message} Changes in some folders may go unseen; raise the limit with 'sudo sysctl fs.inotify.max_user_watches=524288'.");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _root.Dispose();
            foreach (var watcher in _folders.Values) watcher.Dispose();
            _folders.Clear();
        }
    }
}
