using System.Globalization;
using Briefings.Diagnostics;
using Briefings.Model;

namespace Briefings.Metadata;

/// <summary>
/// Typed, position-aware access to one YAML map. Each getter records its key as known, so
/// <see cref="ReportUnknownKeys"/> can warn about the rest (with a "did you mean" when one is close).
/// Wrong types are reported at the offending value and read as absent.
/// </summary>
public sealed class MetadataReader(YamlMapping mapping, SourceText source, DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public SourceText Source => source;

    public DiagnosticBag Diagnostics => diagnostics;

    public SourceLocation Start => source.LocationOf(mapping.Offset);

    public SourceLocation At(YamlNode node) => source.LocationOf(node.Offset);

    /// <summary>The node under <paramref name="key"/>, or null when absent or explicitly empty.</summary>
    public YamlNode? Node(string key, bool required = false)
    {
        _known.Add(key);
        var node = mapping[key];
        if (node is YamlScalar { IsNull: true }) node = null;
        if (node is null && required)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, Start, $"missing required key '{key}'");
        }
        return node;
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key, required);
        switch (node)
        {
            case null:
                return null;
            case YamlScalar scalar when scalar.Value.Trim().Length == 0:
                if (required) diagnostics.Error(DiagnosticCodes.InvalidValue, At(scalar), $"'{key}' must not be empty");
                return null;
            case YamlScalar scalar:
                return scalar.Value.Trim();
            default:
                WrongType(key, node, "a text");
                return null;
        }
    }

    /// <summary>
    /// Items a list of names (tags, actors, authors, aliases) may have. Each tag page lists its briefings with all their
    /// tags, so one briefing's output grows with the square of its tags: 100 tags make 0.8 MB, 5,000 made 1.5 GB.
    /// </summary>
    public const int MaxListItems = 100;

    /// <summary>A list of texts; a single text is not accepted, so that <c>tags: 5</c> is caught. Past
    /// <see cref="MaxListItems"/> items the list is an error at its key, and only the first ones are read.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Node(key);
        if (node is null) return [];
        if (node is not YamlSequence sequence)
        {
            WrongType(key, node, "a list of texts (one '- item' per line, or [a, b])");
            return [];
        }

        var items = sequence.Items;
        if (items.Count > MaxListItems)
        {
            diagnostics.Error(DiagnosticCodes.TooManyItems, At(KeyOf(key) ?? node),
                $"'{key}' has {items.Count:N0} items, more than the {MaxListItems} a list may have (every page that lists this lists them all)");
            items = items.Take(MaxListItems).ToList();
        }
        var values = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (item is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0) values.Add(scalar.Value.Trim());
            else if (item is YamlScalar) diagnostics.Warning(DiagnosticCodes.EmptyItem, At(item), $"empty item in '{key}' ignored");
            else WrongType(key, item, "a list of texts", itemOfList: true);
        }
        return values;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlScalar scalar)
        {
            if (DateOnly.TryParseExact(scalar.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            diagnostics.Error(DiagnosticCodes.InvalidValue, At(scalar), CalendarDateProblem.Of(scalar.Value.Trim()) is { } impossible
                ? $"'{key}' is '{Shorten(scalar.Value)}', a day the calendar does not have: {impossible}"
                : $"'{key}' must be a date written yyyy-mm-dd (for example 2022-04-01), not '{Shorten(scalar.Value)}'");
            return null;
        }
        WrongType(key, node, "a date written yyyy-mm-dd");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalar { IsPlain: true } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE": return true;
                case "false" or "False" or "FALSE": return false;
            }
        }
        WrongType(key, node, "true or false");
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? Int(string key, int min, int max)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalar { IsPlain: true } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value >= min && value <= max) return value;
            diagnostics.Error(DiagnosticCodes.InvalidValue, At(scalar), $"'{key}' must be from {min:N0} to {max:N0}, not {value:N0}");
            return null;
        }
        WrongType(key, node, "a whole number");
        return null;
    }

    /// <summary>An absolute http(s) URL. Other schemes (<c>javascript:</c>, <c>data:</c>) are refused.</summary>
    public Uri? Url(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        var node = mapping[key]!;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }
        diagnostics.Error(DiagnosticCodes.InvalidValue, At(node),
            $"'{key}' must be an absolute http:// or https:// address, not '{Shorten(text)}'");
        return null;
    }

    public MetadataReader? Map(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlMapping map) return new MetadataReader(map, source, diagnostics);
        WrongType(key, node, "a map of 'key: value' lines");
        return null;
    }

    public YamlSequence? List(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlSequence list) return list;
        WrongType(key, node, "a list");
        return null;
    }

    /// <summary>A list of slugs or ids referring to other things, each kept with its position for "unknown" errors.</summary>
    public IReadOnlyList<SlugReference> References(string key, string expected)
    {
        var references = new List<SlugReference>();
        if (List(key) is not { } list) return references;
        foreach (var item in list.Items)
        {
            if (item is YamlScalar { IsNull: false } scalar) references.Add(new SlugReference(scalar.Value.Trim(), At(scalar)));
            else WrongType(key, item, expected, itemOfList: true);
        }
        return references;
    }

    private YamlNode? KeyOf(string key)
    {
        foreach (var (name, _) in mapping.Entries)
        {
            if (name.Value == key) return name;
        }
        return null;
    }

    /// <summary>Warns about every key that no getter asked for.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (key, _) in mapping.Entries)
        {
            if (_known.Contains(key.Value)) continue;
            var suggestion = Suggestions.Closest(key.Value, _known);
            var hint = suggestion is null ? $"; known keys are {string.Join(", ", _known.Order(StringComparer.Ordinal))}" : $"; did you mean '{suggestion}'?";
            diagnostics.Warning(DiagnosticCodes.UnknownKey, At(key), $"unknown key '{key.Value}'{hint}");
        }
    }

    public void WrongType(string key, YamlNode node, string expected, bool itemOfList = false)
    {
        var what = node is YamlScalar scalar ? $"'{Shorten(scalar.Value)}'" : node.Kind;
        var subject = itemOfList ? $"each item of '{key}'" : $"'{key}'";
        diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"{subject} must be {expected}, not {what}");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
