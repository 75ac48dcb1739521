using Scriban.Runtime;

namespace Briefings.Rendering.Templates;

/// <summary>Plain values from YAML (<c>extra:</c> maps) as template data: maps become <see cref="ScriptObject"/>s, lists <see cref="ScriptArray"/>s.</summary>
public static class TemplateValues
{
    public static object? From(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => Map(map),
        IReadOnlyList<object?> list => new ScriptArray(list.Select(From)),
        _ => value,
    };

    public static ScriptObject Map(IReadOnlyDictionary<string, object?> map)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in map) result[key] = From(value);
        return result;
    }
}
