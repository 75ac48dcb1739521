using Scriban.Runtime;

namespace Briefings.Rendering.Templates;

/// <summary>
/// A view made once per build and read by many pages (a briefing, an event, a term): the output fingerprint
/// hashes it once and keeps the hash in it, read by every page after that without a lookup. Other views
/// (made per page, or small) are hashed in place.
/// </summary>
public abstract record SharedView : ITemplateObject
{
    private UInt128 _fingerprint;
    private int _known;

    public abstract IObjectAccessor Members { get; }

    internal bool TryGetFingerprint(out UInt128 fingerprint)
    {
        var known = Volatile.Read(ref _known) == 1;
        fingerprint = known ? _fingerprint : default;
        return known;
    }

    /// <summary>Two threads may both hash a view first; they find the same value, so the second write changes nothing.</summary>
    internal void SetFingerprint(UInt128 fingerprint)
    {
        _fingerprint = fingerprint;
        Volatile.Write(ref _known, 1);
    }
}
