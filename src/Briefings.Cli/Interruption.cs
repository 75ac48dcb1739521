using System.Runtime.InteropServices;
using Briefings.Output;

namespace Briefings.Cli;

/// <summary>
/// SIGINT, SIGTERM and SIGHUP as a build sees them. Since .NET 10 the runtime no longer handles SIGTERM itself, and
/// as PID 1 in a container the kernel ignores a signal nobody handles (docker stop would wait, then kill -9): so each
/// is registered here. The first cancels the build at its next file (the staging folder is dropped, the output left as
/// it was, exit 128 + the signal's number: 130, 143, 129); a second one ends the process at once, except while the
/// output is being swapped, which is never cut short.
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signal;
    private volatile bool _swapping;
    private volatile bool _claimed;

    private Interruption()
    {
    }

    /// <summary>Nothing registered: for a build run inside another program (the tests).</summary>
    public static Interruption None() => new();

    /// <summary>Handles the three signals for this process until disposed.</summary>
    public static Interruption Listen()
    {
        var interruption = new Interruption();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            interruption._registrations.Add(PosixSignalRegistration.Create(signal, interruption.Handle));
        }
        return interruption;
    }

    /// <summary>The token a build stops on; until a command asks for it, a signal ends the process at once (so <c>check</c> stops at Ctrl-C, PID 1 included).</summary>
    public CancellationToken Claim()
    {
        _claimed = true;
        return _cancel.Token;
    }

    /// <summary>128 + the number of the first signal received, as shells report a process a signal ended.</summary>
    public int ExitCode => 128 + _signal;

    /// <summary>Told the swap's steps by the build: from the start of the swap to its commit, a signal waits.</summary>
    public void Observe(CommitStep step)
    {
        if (step == CommitStep.Starting) _swapping = true;
        else if (step == CommitStep.Committed) _swapping = false;
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true; // no default action: the build ends itself, cleanly (and as PID 1 the default is to ignore it)
        var first = Interlocked.CompareExchange(ref _signal, Number(context.Signal), 0) == 0;
        if (!_claimed) Environment.Exit(ExitCode);
        if (first)
        {
            _cancel.Cancel();
            return;
        }
        if (!_swapping) Environment.Exit(ExitCode);
    }

    private static int Number(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGINT => 2,
        PosixSignal.SIGTERM => 15,
        _ => 15,
    };

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _cancel.Dispose();
    }
}
