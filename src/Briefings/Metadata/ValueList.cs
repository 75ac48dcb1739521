using System.Collections;
using System.Runtime.CompilerServices;

namespace Briefings.Metadata;

/// <summary>
/// An immutable list that compares by its items, so records holding lists (front matter) are equal when
/// their contents are: a round trip through YAML can then be checked with <c>==</c>.
/// </summary>
[CollectionBuilder(typeof(ValueLists), nameof(ValueLists.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    internal ValueList(T[] items) => _items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(ValueList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => Equals(left, right);

    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !Equals(left, right);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The items, so a failed comparison in a test shows what differs.</summary>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
