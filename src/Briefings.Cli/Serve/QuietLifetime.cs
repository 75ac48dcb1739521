using Microsoft.Extensions.Hosting;

namespace Briefings.Cli.Serve;

/// <summary>
/// Replaces the host's console lifetime, which would register SIGINT and SIGTERM itself and stop the server behind the
/// command's back: signals are <see cref="Interruption"/>'s, and the server stops when the command's token says so.
/// </summary>
public sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
