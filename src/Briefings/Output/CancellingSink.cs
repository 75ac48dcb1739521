namespace Briefings.Output;

/// <summary>Stops a build at its next file once it is cancelled (Ctrl-C, SIGTERM): the files already staged are dropped with the staging folder.</summary>
public class CancellingSink(IOutputSink inner, CancellationToken cancellation) : IOutputSink
{
    public Stream Create(string path)
    {
        cancellation.ThrowIfCancellationRequested();
        return inner.Create(path);
    }

    /// <summary>Does the same for a sink that can keep files of the last build.</summary>
    public sealed class Reusable(IOutputSink inner, IReusableOutput reusable, CancellationToken cancellation) : CancellingSink(inner, cancellation), IReusableOutput
    {
        private readonly CancellationToken _cancellation = cancellation;

        public bool Reuse(string path, UInt128 inputs)
        {
            _cancellation.ThrowIfCancellationRequested();
            return reusable.Reuse(path, inputs);
        }
    }

    public static IOutputSink Wrap(IOutputSink inner, CancellationToken cancellation) =>
        !cancellation.CanBeCanceled ? inner
        : inner is IReusableOutput reusable ? new Reusable(inner, reusable, cancellation)
        : new CancellingSink(inner, cancellation);
}
