using System.Collections;
using System.Collections.Concurrent;
using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering;

/// <summary>
/// Hashes the data a page's templates can read (its globals, through every view they lead to), so that a page
/// whose data, templates and configuration are all unchanged need not be rendered again. Views are shared by
/// many pages, so each is hashed once per build, and so is each site-wide list given to the constructor (every
/// timeline page lists every timeline tag and actor). A value of a kind it does not know is a bug, not a guess.
/// </summary>
public sealed class TemplateDataHasher(IEnumerable<IList> sharedLists) : IDisposable
{
    // Buffers for hashing shared views, reused: one view's hash may need another's first (a briefing's tags), hence a stack.
    private readonly ThreadLocal<Stack<HashInput>> _buffers = new(() => new Stack<HashInput>());

    private readonly ConcurrentDictionary<object, UInt128> _lists = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _sharedLists = new(sharedLists, ReferenceEqualityComparer.Instance);

    public TemplateDataHasher() : this([]) { }

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
            case SharedView view: input.Add(10).Add(Shared(view)); break;
            case ITemplateObject view: input.Add(14); AddMembers(input, view); break;
            case ScriptObject map:
                input.Add(11).Add(map.Count);
                foreach (var name in map.Keys.Order(StringComparer.Ordinal))
                {
                    input.Add(name);
                    Add(input, map[name]);
                }
                break;
            case IList list when _sharedLists.Contains(list): input.Add(15).Add(SharedList(list)); break;
            case IList list: AddItems(input, list); break;
            case Enum other: input.Add(13).Add(other.ToString()); break;
            default: throw new InvalidOperationException($"template data of a kind the output fingerprint does not know: {value.GetType().Name}");
        }
    }

    /// <summary>
    /// Hashes these views now, in parallel, each once: left to the pages, two threads starting on the same long
    /// list (the timeline's events, in timeline.json and its yearly parts) would hash the same views side by side.
    /// </summary>
    public void Prime(IReadOnlyList<SharedView> views) => Parallel.ForEach(views, view => Shared(view));

    private UInt128 Shared(SharedView view)
    {
        if (view.TryGetFingerprint(out var known)) return known;
        var input = Buffer();
        AddMembers(input, view);
        var fingerprint = Done(input);
        view.SetFingerprint(fingerprint);
        return fingerprint;
    }

    private HashInput Buffer() => _buffers.Value!.TryPop(out var spare) ? spare.Reset() : new HashInput();

    private UInt128 Done(HashInput input)
    {
        var hash = input.Hash();
        _buffers.Value!.Push(input);
        return hash;
    }

    public void Dispose() => _buffers.Dispose();

    private void AddItems(HashInput input, IList list)
    {
        input.Add(12).Add(list.Count);
        foreach (var item in list) Add(input, item);
    }

    private UInt128 SharedList(IList list)
    {
        if (_lists.TryGetValue(list, out var known)) return known;
        var input = Buffer();
        AddItems(input, list);
        return _lists[list] = Done(input);
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
