using System.Collections;

namespace Briefings.Rendering.Templates;

/// <summary>A range of a list many pages share (see <see cref="SharedList{T}"/>), as the output fingerprint reads it.</summary>
public interface ISharedList : IList
{
    /// <summary>The list shared: the same object for every range of it, hashed once per build.</summary>
    object Whole { get; }

    /// <summary>Every item of <see cref="Whole"/>, in order.</summary>
    IEnumerable WholeItems { get; }

    /// <summary>Where the range starts in <see cref="Whole"/>; it holds <see cref="ICollection.Count"/> items.</summary>
    int Start { get; }
}
