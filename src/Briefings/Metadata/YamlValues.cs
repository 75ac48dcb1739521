using System.Globalization;

namespace Briefings.Metadata;

/// <summary>Turns YAML nodes into plain values for the free <c>extra</c> map that templates read.</summary>
public static class YamlValues
{
    public static object? ToPlain(YamlNode? node) => node switch
    {
        null => null,
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" or "True" or "TRUE" } => true,
        YamlScalar { IsPlain: true, Value: "false" or "False" or "FALSE" } => false,
        YamlScalar { IsPlain: true } s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        YamlScalar { IsPlain: true } s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        YamlScalar s => s.Value,
        YamlSequence seq => seq.Items.Select(ToPlain).ToList(),
        YamlMapping map => map.Entries.ToDictionary(e => e.Key.Value, e => ToPlain(e.Value), StringComparer.Ordinal),
        _ => null,
    };
}
