using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

namespace Briefings.Caching;

/// <summary>
/// One string per distinct short text read from the cache in a build: paths, tags, actors, term ids and the like
/// come back hundreds of thousands of times, and decoding each into a new string was most of what reading an entry
/// cost. Found by a hash of the UTF-8 bytes, then those bytes compared, so a known text is not even decoded.
/// Owned by one <see cref="BuildCache"/>, so nothing outlives the build.
/// </summary>
public sealed class StringTable
{
    /// <summary>Longer texts (titles, summaries, HTML) are rarely repeated: they are decoded as they are.</summary>
    public const int MaxBytes = 128;

    private readonly ConcurrentDictionary<ulong, (byte[] Utf8, string Text)> _strings = new();

    /// <summary>The string these UTF-8 bytes spell, the same instance each time, decoded as <see cref="Encoding.UTF8"/> decodes.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes) return Encoding.UTF8.GetString(utf8);
        var hash = XxHash3.HashToUInt64(utf8);
        if (_strings.TryGetValue(hash, out var known))
        {
            // Two texts of one hash: the second is decoded each time, never taken for the first.
            return known.Utf8.AsSpan().SequenceEqual(utf8) ? known.Text : Encoding.UTF8.GetString(utf8);
        }
        var text = Encoding.UTF8.GetString(utf8);
        var added = _strings.GetOrAdd(hash, (utf8.ToArray(), text));
        return added.Utf8.AsSpan().SequenceEqual(utf8) ? added.Text : text;
    }
}
