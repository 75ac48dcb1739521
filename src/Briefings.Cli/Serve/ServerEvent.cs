using System.Buffers;
using System.Text;
using System.Text.Json;
using Briefings.Diagnostics;

namespace Briefings.Cli.Serve;

/// <summary>
/// One server-sent event to the open pages: <c>reload</c> (a new build is served), <c>ok</c> (the errors are fixed:
/// the overlay goes, then the page reloads) or <c>error</c> (the build failed: the overlay shows the errors). Each
/// carries the build's number, so a page already showing that build does not reload again.
/// </summary>
public sealed record ServerEvent(string Name, string Data)
{
    public const string ReloadName = "reload";
    public const string OkName = "ok";
    public const string ErrorName = "error";

    /// <summary>The bytes sent: JSON written compactly holds no line break, so one <c>data:</c> line is enough.</summary>
    public string Frame => $"event: {Name}\ndata: {Data}\n\n";

    public static ServerEvent Reload(long build) => new(ReloadName, BuildOnly(build));

    public static ServerEvent Ok(long build) => new(OkName, BuildOnly(build));

    /// <param name="build">The build still served (the last good one; 0 when there is none).</param>
    /// <param name="errors">The build's error diagnostics.</param>
    /// <param name="message">What failed when no diagnostic says it (an output refused, a disk full).</param>
    public static ServerEvent Error(long build, IEnumerable<Diagnostic> errors, string? message = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("build", build);
            json.WriteStartArray("errors");
            foreach (var error in errors) Write(json, error.Location, error.Code, error.Message);
            if (message is not null) Write(json, null, null, message);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return new(ErrorName, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void Write(Utf8JsonWriter json, SourceLocation? location, string? code, string message)
    {
        json.WriteStartObject();
        if (location is { } at)
        {
            json.WriteString("file", at.Path);
            json.WriteNumber("line", at.Line);
            json.WriteNumber("column", at.Column);
        }
        else
        {
            json.WriteNull("file");
            json.WriteNull("line");
            json.WriteNull("column");
        }
        if (code is null) json.WriteNull("code");
        else json.WriteString("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
    }

    private static string BuildOnly(long build) => $$"""{"build":{{build}}}""";
}
