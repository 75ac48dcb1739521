using System.Text;
using System.Text.Json;
using Briefings.Rendering.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering.Functions;

/// <summary><c>{{ json value }}</c>: a JSON literal safe inside a <c>&lt;script&gt;</c> element (JSON-LD), written
/// with <see cref="Utf8JsonWriter"/> from the template data itself (views by their members, no reflection).</summary>
public static class JsonFunctions
{
    // The build's one JSON encoding: <, >, & and quotes as \u003C…, so "</script>" cannot close the element.
    private static readonly JsonWriterOptions Options = ScriptSafeJson.Options;

    public static void Register(ScriptObject functions) =>
        functions.SetValue("json", new TemplateFunction("json", 1, 0, (page, args, _) => new RawHtml(Serialize(page, args[0]))), readOnly: true);

    public static string Serialize(TemplateContext context, object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) Write(writer, context, value, depth: 0);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, TemplateContext context, object? value, int depth)
    {
        if (depth > 64) throw new ScriptRuntimeException(context.CurrentSpan, "json: the value nests more than 64 levels deep");
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case RawHtml raw: writer.WriteStringValue(raw.Value); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int or long or short or byte: writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case double or float or decimal: writer.WriteNumberValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
            case ScriptObject map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, context, item, depth + 1);
                }
                writer.WriteEndObject();
                break;
            case ITemplateObject view:
                writer.WriteStartObject();
                foreach (var member in view.Members.GetMembers(context, context.CurrentSpan, view))
                {
                    view.Members.TryGetValue(context, context.CurrentSpan, view, member, out var item);
                    writer.WritePropertyName(member);
                    Write(writer, context, item, depth + 1);
                }
                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, context, item, depth + 1);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }
}
