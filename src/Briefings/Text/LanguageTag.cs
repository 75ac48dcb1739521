using System.Text.RegularExpressions;
using Briefings.Metadata;

namespace Briefings.Text;

/// <summary>BCP 47 language tags (<c>fr</c>, <c>en-GB</c>, <c>zh-Hant</c>) as written in metadata.</summary>
public static partial class LanguageTag
{
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex Shape();

    public static bool IsValid(string tag) => Shape().IsMatch(tag);

    /// <summary>Canonical case: <c>EN-gb</c> becomes <c>en-GB</c>, <c>zh-hant</c> becomes <c>zh-Hant</c>.</summary>
    public static string Normalize(string tag)
    {
        var parts = tag.Split('-');
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length switch
            {
                2 => parts[i].ToUpperInvariant(),
                4 => char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant(),
                _ => parts[i].ToLowerInvariant(),
            };
        }
        return string.Join('-', parts);
    }

    public static string? Read(MetadataReader reader, string key)
    {
        var value = reader.String(key);
        if (value is null) return null;
        if (IsValid(value)) return Normalize(value);
        reader.Diagnostics.Error(Diagnostics.DiagnosticCodes.InvalidValue, reader.At(reader.Node(key)!),
            $"'{key}' must be a BCP 47 language tag such as fr, en or en-GB, not '{value}'");
        return null;
    }

    /// <summary>The primary language: <c>fr</c> for <c>fr-BE</c>.</summary>
    public static string Primary(string tag)
    {
        // No array and no copy for a tag without subtags: dates and labels ask for it on every page.
        var dash = tag.IndexOf('-');
        return dash < 0 ? tag : tag[..dash];
    }
}
