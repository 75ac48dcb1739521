using System.Collections;

namespace Briefings.Rendering.Templates;

/// <summary>
/// A read-only range of a list that many pages share (the pages of a listing, their numbered links): every page
/// of a listing of N pages reads N items, so the output fingerprint hashes the whole list once per build and each
/// range as that hash and its bounds, instead of N items on each of N pages. Templates read it as any list.
/// </summary>
public sealed class SharedList<T> : IReadOnlyList<T>, IList, ISharedList
{
    private readonly IReadOnlyList<T> _whole;

    /// <param name="whole">The list pages share; it must not change while they render.</param>
    public SharedList(IReadOnlyList<T> whole, int start = 0, int? count = null)
    {
        var length = count ?? whole.Count - start;
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, whole.Count);
        _whole = whole;
        Start = start;
        Count = length;
    }

    object ISharedList.Whole => _whole;

    IEnumerable ISharedList.WholeItems => _whole;

    public int Start { get; }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _whole[Start + index];
        }
    }

    /// <summary>The same items from <paramref name="start"/> on (at most <paramref name="count"/>), over the same whole list.</summary>
    public SharedList<T> Slice(int start, int count) => new(_whole, Start + start, count);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _whole[Start + i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    object? IList.this[int index] { get => this[index]; set => throw ReadOnly(); }

    bool IList.IsFixedSize => true;

    bool IList.IsReadOnly => true;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    bool IList.Contains(object? value) => ((IList)this).IndexOf(value) >= 0;

    int IList.IndexOf(object? value)
    {
        for (var i = 0; i < Count; i++)
        {
            if (Equals(this[i], value)) return i;
        }
        return -1;
    }

    void ICollection.CopyTo(Array array, int index)
    {
        for (var i = 0; i < Count; i++) array.SetValue(this[i], index + i);
    }

    int IList.Add(object? value) => throw ReadOnly();

    void IList.Clear() => throw ReadOnly();

    void IList.Insert(int index, object? value) => throw ReadOnly();

    void IList.Remove(object? value) => throw ReadOnly();

    void IList.RemoveAt(int index) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("template data is read-only");
}
