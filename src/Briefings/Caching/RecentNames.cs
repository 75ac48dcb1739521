using System.Runtime.CompilerServices;

namespace Briefings.Caching;

/// <summary>
/// The last few names a <see cref="CacheReader"/> read, by where their bytes lie. An entry names the same few strings
/// again and again between others (its own file in every location, after each link's target and words): found here,
/// they cost a comparison of bytes, not a lookup in the build's <see cref="StringTable"/>. Kept inline: no allocation.
/// </summary>
internal struct RecentNames
{
    private const int Count = 4;

    private readonly record struct Name(int Start, int Length, string Text);

    [InlineArray(Count)]
    private struct Names
    {
        private Name _first;
    }

    private Names _names;
    private int _next;

    /// <summary>The string read before from bytes equal to <paramref name="utf8"/>, if one of the last few was.</summary>
    public readonly string? Find(byte[] bytes, ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < Count; i++)
        {
            var name = _names[i];
            if (name.Text is not null && name.Length == utf8.Length && utf8.SequenceEqual(bytes.AsSpan(name.Start, name.Length))) return name.Text;
        }
        return null;
    }

    public void Remember(int start, int length, string text)
    {
        _names[_next] = new Name(start, length, text);
        _next = (_next + 1) % Count;
    }
}
