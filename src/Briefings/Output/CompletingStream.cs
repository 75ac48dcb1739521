namespace Briefings.Output;

/// <summary>A stream kept in memory that hands its bytes on once, when it is closed.</summary>
public sealed class CompletingStream(Action<byte[]> complete) : MemoryStream
{
    private bool _completed;

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_completed)
        {
            _completed = true;
            complete(ToArray());
        }
        base.Dispose(disposing);
    }
}
