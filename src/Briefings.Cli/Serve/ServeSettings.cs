using Briefings.Configuration;
using Briefings.Output;

namespace Briefings.Cli.Serve;

/// <summary>What <c>briefings serve</c> was asked for.</summary>
/// <param name="Site">The site folder (full path).</param>
/// <param name="Port">The port on 127.0.0.1; 0 lets the system choose a free one.</param>
/// <param name="Output">Where to build; null for a private folder of its own (<see cref="PrivateOutput"/>).</param>
/// <param name="Observe">Told the steps of each build's swap (the command holds signals off meanwhile).</param>
public sealed record ServeSettings(string Site, int Port, BuildOptions Options, string? Output = null, bool Open = false, Action<CommitStep>? Observe = null)
{
    /// <summary>The default port: Hugo has 1313 and Zola 1111; this one is neither, so both can run beside it.</summary>
    public const int DefaultPort = 4141;

    public DebounceTimings Debounce { get; init; } = DebounceTimings.Default;
}
