using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefings.Rendering;

/// <summary>
/// The one way the build writes JSON (timeline.json, JSON-LD, the <c>json</c> template function): every string
/// goes through the same encoder, which writes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes, U+2028 and U+2029 as
/// <c>\uXXXX</c>, so no value can end a <c>&lt;script&gt;</c> element or a JavaScript string, wherever the JSON is put.
/// Letters of every script stay readable.
/// </summary>
public static class ScriptSafeJson
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static JsonWriterOptions Options { get; } = new() { Encoder = Encoder };

    public static JsonWriterOptions Indented { get; } = new() { Encoder = Encoder, Indented = true };
}
