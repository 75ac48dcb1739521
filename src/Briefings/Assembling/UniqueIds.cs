using Briefings.Diagnostics;

namespace Briefings.Assembling;

/// <summary>Ids that must be unique (events, glossary terms): the first of each id is kept, each later one is an error at its place.</summary>
public static class UniqueIds
{
    /// <param name="kind">What the ids name, for the message: <c>event</c>, <c>term</c>.</param>
    public static Dictionary<string, T> Keep<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> location,
        string kind, DiagnosticBag diagnostics)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (byId.TryGetValue(id(item), out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, location(item),
                    $"{kind} id '{id(item)}' is already used at {location(first)}; give one of them another 'id:'");
                continue;
            }
            byId[id(item)] = item;
        }
        return byId;
    }
}
