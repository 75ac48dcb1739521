using System.Collections;
using System.Collections.Concurrent;
using Briefings.Rendering;
using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Tests.Support;

/// <summary>
/// A hash of the data a page's templates can read, member by member through every view its globals lead to: what a
/// template could possibly show, whatever the theme. The reference that <see cref="OutputKeys"/> is checked against:
/// wherever this changes between two builds, the output key must change too. A value of a kind it does not know fails.
/// </summary>
public sealed class ViewFingerprint
{
    private readonly ConcurrentDictionary<object, UInt128> _shared = new(ReferenceEqualityComparer.Instance);

    public UInt128 Of(object? value)
    {
        var input = new HashInput();
        Add(input, value);
        return input.Hash();
    }

    private void Add(HashInput input, object? value)
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
            case SharedView view: input.Add(10).Add(_shared.GetOrAdd(view, v => Members((ITemplateObject)v))); break;
            case ITemplateObject view: input.Add(14).Add(Members(view)); break;
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
            default: throw new InvalidOperationException($"template data of a kind the fingerprint does not know: {value.GetType().Name}");
        }
    }

    private UInt128 Members(ITemplateObject view)
    {
        if (view.Members is not IMemberTable table) throw new InvalidOperationException($"{view.GetType().Name} does not list its members");
        var input = new HashInput().Add(table.TypeName);
        table.Visit(view, (Fingerprint: this, Input: input), static (state, name, member) =>
        {
            state.Input.Add(name);
            state.Fingerprint.Add(state.Input, member);
        });
        return input.Hash();
    }
}
