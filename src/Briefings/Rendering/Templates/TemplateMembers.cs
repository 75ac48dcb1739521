using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Rendering.Templates;

/// <summary>The members of one view type as templates name them (snake_case), each with its getter. Read-only.</summary>
public sealed class TemplateMembers<T> : IObjectAccessor, IMemberTable where T : class
{
    private readonly FrozenDictionary<string, Func<T, object?>> _members;
    private readonly KeyValuePair<string, Func<T, object?>>[] _byName;

    private TemplateMembers(FrozenDictionary<string, Func<T, object?>> members)
    {
        _members = members;
        _byName = members.OrderBy(m => m.Key, StringComparer.Ordinal).ToArray();
    }

    public string TypeName { get; } = typeof(T).Name;

    public void Visit<TState>(object target, TState state, Action<TState, string, object?> visit)
    {
        foreach (var (name, get) in _byName) visit(state, name, get((T)target));
    }

    public static TemplateMembers<T> Of(params (string Name, Func<T, object?> Get)[] members) =>
        new(members.ToFrozenDictionary(m => m.Name, m => m.Get, StringComparer.Ordinal));

    public IEnumerable<string> Names => _members.Keys;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var get))
        {
            value = get((T)target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
