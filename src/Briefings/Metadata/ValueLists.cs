namespace Briefings.Metadata;

/// <summary>Makes <see cref="ValueList{T}"/>s: from collection expressions (<c>[a, b]</c>) and from sequences.</summary>
public static class ValueLists
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? ValueList<T>.Empty : new(items.ToArray());

    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items)
    {
        var array = items.ToArray();
        return array.Length == 0 ? ValueList<T>.Empty : new(array);
    }
}
