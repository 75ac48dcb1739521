using System.Collections;
using System.Collections.Concurrent;
using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering;

/// <summary>
/// Hashes the data a page's templates can read (its globals, through every view they lead to), so that a page
/// whose data, templates and configuration are all unchanged need not be rendered again. Views and lists shared by
/// many pages (<see cref="ISharedView"/>, <see cref="ISharedList"/>) are hashed once per build. A value of a kind it does not know is a bug, not a guess.
/// </summary>
public sealed class TemplateDataHasher
{
    private readonly ConcurrentDictionary<object, UInt128> _views = new(ReferenceEqualityComparer.Instance);

    public void Add(HashInput input, object? value)
    {
        switch (value)
        {
            case null: input.Add(0); break;
            case string text: input.Add(1).Add(text); break;
            case bool flag: input.Add(flag ? 2 : 3); break;
            case int number: input.Add(4).Add(number); break;
            case long number: input.Add(5).Add(number); break;
            case double number: input.Add(6).Add(BitConverter.DoubleToInt64Bits(number)); break;
            case DateOnly date: input.Add(7).Add(date.DayNumber); break;
            case RawHtml html: input.Add(8).Add(html.Value); break;
            case BodyContent body: input.Add(9); body.AddTo(input); break;
            case ISharedView view: input.Add(10).Add(Shared(view)); break;
            case ISharedList shared: input.Add(15).Add(Whole(shared)).Add(shared.Start).Add(shared.Count); break;
            case ITemplateObject view: input.Add(14); AddMembers(input, view); break;
            case ScriptObject map:
                input.Add(11).Add(map.Count);
                foreach (var name in map.Keys.Order(StringComparer.Ordinal))
                {
                    input.Add(name);
                    Add(input, map[name]);
                }
                break;
            case IList list:
                input.Add(12).Add(list.Count);
                foreach (var item in list) Add(input, item);
                break;
            case Enum other: input.Add(13).Add(other.ToString()); break;
            default: throw new InvalidOperationException($"template data of a kind the output fingerprint does not know: {value.GetType().Name}");
        }
    }

    private UInt128 Shared(ISharedView view)
    {
        if (_views.TryGetValue(view, out var known)) return known;
        var input = new HashInput();
        AddMembers(input, view);
        return _views[view] = input.Hash();
    }

    /// <summary>The hash of a shared list's whole, as a list in place would be hashed, made once per build.</summary>
    private UInt128 Whole(ISharedList shared)
    {
        if (_views.TryGetValue(shared.Whole, out var known)) return known;
        var input = new HashInput();
        var count = 0;
        foreach (var item in shared.WholeItems)
        {
            Add(input, item);
            count++;
        }
        input.Add(count);
        return _views[shared.Whole] = input.Hash();
    }

    private void AddMembers(HashInput input, ITemplateObject view)
    {
        if (view.Members is not IMemberTable table) throw new InvalidOperationException($"{view.GetType().Name} does not list its members");
        input.Add(table.TypeName);
        table.Visit(view, (Hasher: this, Input: input), static (state, name, member) =>
        {
            state.Input.Add(name);
            state.Hasher.Add(state.Input, member);
        });
    }
}
