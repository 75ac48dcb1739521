namespace Briefings.Rendering.Templates;

/// <summary>Every member of a view, in name order: what the output fingerprint walks to know what a page can read.</summary>
public interface IMemberTable
{
    /// <summary>The view type's name, read once (under Native AOT, <c>GetType().Name</c> decodes it on every call).</summary>
    string TypeName { get; }

    void Visit<TState>(object target, TState state, Action<TState, string, object?> visit);
}
