using System.Text.Encodings.Web;
using System.Text.Json;
using Scriban;
using Scriban.Runtime;

namespace Briefings.Rendering.Functions;

/// <summary><c>{{ json value }}</c>: a JSON literal safe inside a <c>&lt;script&gt;</c> element (JSON-LD).</summary>
public static class JsonFunctions
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // The default encoder escapes <, >, & and quotes as \u003C…, so "</script>" cannot close the element.
        Encoder = JavaScriptEncoder.Default,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static RawHtml Json(TemplateContext context, object? value) => new(JsonSerializer.Serialize(ToPlain(value), Options));

    private static object? ToPlain(object? value) => value switch
    {
        ScriptObject so => so.ToDictionary(kv => kv.Key, kv => ToPlain(kv.Value)),
        ScriptArray array => array.Select(ToPlain).ToList(),
        RawHtml raw => raw.Value,
        _ => value,
    };
}
