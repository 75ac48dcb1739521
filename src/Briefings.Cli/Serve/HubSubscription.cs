using System.Threading.Channels;

namespace Briefings.Cli.Serve;

/// <summary>One open page's queue of events; disposing it leaves the hub.</summary>
public sealed class HubSubscription(ChannelReader<ServerEvent> events, Action leave) : IDisposable
{
    public ChannelReader<ServerEvent> Events => events;

    public void Dispose() => leave();
}
