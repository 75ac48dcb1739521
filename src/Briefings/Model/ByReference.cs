using System.Runtime.CompilerServices;

namespace Briefings.Model;

/// <summary>
/// Equality by reference for one type: a lookup by the object itself. Records compare by value (hashing every field),
/// and <see cref="ReferenceEqualityComparer"/> is an <c>IEqualityComparer&lt;object&gt;</c> that a typed dictionary
/// reaches through a variant interface cast on every call: at 10,000 briefings, 300,000 lookups per rebuild.
/// </summary>
public sealed class ByReference<T> : IEqualityComparer<T> where T : class
{
    private ByReference()
    {
    }

    public static ByReference<T> Instance { get; } = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
