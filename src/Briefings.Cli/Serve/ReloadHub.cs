using System.Threading.Channels;

namespace Briefings.Cli.Serve;

/// <summary>
/// Sends each event to every open page. It keeps the last one and gives it to a page as it connects, so a page opened
/// after a broken edit shows the overlay at once. Each page has its own small channel that drops its oldest event
/// when full: every event says the whole state, so the newest is all a slow page needs, and no page can hold up the others.
/// </summary>
public sealed class ReloadHub
{
    private const int QueuedPerPage = 4;

    private readonly Lock _gate = new();
    private readonly List<Channel<ServerEvent>> _pages = [];
    private ServerEvent? _last;

    /// <summary>The last event sent; null before the first build ended.</summary>
    public ServerEvent? Last
    {
        get { lock (_gate) return _last; }
    }

    public int PageCount
    {
        get { lock (_gate) return _pages.Count; }
    }

    public void Publish(ServerEvent next)
    {
        lock (_gate)
        {
            _last = next;
            foreach (var page in _pages) page.Writer.TryWrite(next);
        }
    }

    /// <summary>A page's queue, holding the current state first (under the same lock as <see cref="Publish"/>: no event falls between).</summary>
    public HubSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<ServerEvent>(new BoundedChannelOptions(QueuedPerPage)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            if (_last is { } last) channel.Writer.TryWrite(last);
            _pages.Add(channel);
        }
        return new HubSubscription(channel.Reader, () =>
        {
            lock (_gate) _pages.Remove(channel);
        });
    }
}
