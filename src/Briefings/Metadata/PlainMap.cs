using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Briefings.Metadata;

/// <summary>
/// The free <c>extra</c> map of a briefing: plain values as <see cref="YamlValues.ToPlain"/> yields them
/// (null, <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, <see cref="string"/>, lists and
/// maps of those), in the order written, compared by value at any depth.
/// </summary>
public sealed class PlainMap : IReadOnlyDictionary<string, object?>, IEquatable<PlainMap>
{
    private readonly KeyValuePair<string, object?>[] _entries;
    private readonly Dictionary<string, object?> _byKey;

    public PlainMap(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        _entries = entries.ToArray();
        _byKey = new Dictionary<string, object?>(_entries, StringComparer.Ordinal);
    }

    public static PlainMap Empty { get; } = new([]);

    public int Count => _entries.Length;

    public object? this[string key] => _byKey[key];

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public IEnumerable<object?> Values => _entries.Select(e => e.Value);

    public bool ContainsKey(string key) => _byKey.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _byKey.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PlainMap? other) => other is not null && SameValue(this, other);

    public override bool Equals(object? obj) => Equals(obj as PlainMap);

    public override int GetHashCode() => HashOf(this);

    public static bool operator ==(PlainMap? left, PlainMap? right) => Equals(left, right);

    public static bool operator !=(PlainMap? left, PlainMap? right) => !Equals(left, right);

    public override string ToString() => Show(this);

    // Maps compare without regard to order (YAML maps have none); lists item by item; the rest with Equals,
    // so 1 (long) and 1.0 (double) differ, as they do when read back.
    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (string x, string y) => x == y,
        (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) =>
            x.Count == y.Count && x.All(e => y.TryGetValue(e.Key, out var other) && SameValue(e.Value, other)),
        (IReadOnlyList<object?> x, IReadOnlyList<object?> y) => x.Count == y.Count && x.Zip(y).All(p => SameValue(p.First, p.Second)),
        _ => Equals(a, b),
    };

    private static int HashOf(object? value) => value switch
    {
        null => 0,
        string text => text.GetHashCode(StringComparison.Ordinal),
        IReadOnlyDictionary<string, object?> map => map.Aggregate(map.Count, (hash, e) => hash ^ HashCode.Combine(e.Key, HashOf(e.Value))),
        IReadOnlyList<object?> list => list.Aggregate(new HashCode(), (hash, item) => { hash.Add(HashOf(item)); return hash; }).ToHashCode(),
        _ => value.GetHashCode(),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(e => Show(e.Key) + ": " + Show(e.Value))) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Show)) + "]",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
