using System.Collections.Concurrent;
using System.Text;

namespace Briefings.Caching;

/// <summary>
/// One string per distinct short text read from the cache in a build: paths, tags, actors, term ids and the like
/// come back tens of thousands of times, and decoding each into a new string is most of what reading an entry
/// allocates. Owned by one <see cref="BuildCache"/>, so nothing outlives the build.
/// </summary>
public sealed class StringTable
{
    /// <summary>Longer texts (titles, summaries, HTML) are rarely repeated: they are decoded as they are.</summary>
    public const int MaxBytes = 128;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringTable() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string these UTF-8 bytes spell, the same instance each time, decoded as <see cref="Encoding.UTF8"/> decodes.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[MaxBytes];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        if (_bySpan.TryGetValue(chars[..length], out var known)) return known;
        var text = new string(chars[..length]);
        return _strings.GetOrAdd(text, text);
    }
}
