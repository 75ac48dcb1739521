using System.Text.Json;

namespace Briefings.Tests.Support;

/// <summary>
/// The W3C Nu HTML Checker (vnu.jar) over a whole folder in one JVM (starting one costs about two seconds, so never
/// one per page): every <c>.html</c> and <c>.css</c> file, nothing else.
/// </summary>
public static class NuChecker
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>Every error, as <c>path:line:column: message</c> with the path relative to <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Errors(GateTools tools, string folder)
    {
        const string checks = "HTML and CSS validity (the W3C Nu checker)";
        var java = tools.Java(checks);
        var jar = tools.VnuJar(checks);
        // --skip-non-html alone would skip the CSS too; with --also-check-css it checks .html and .css and skips
        // the rest (images, scripts, JSON, the manifest), which it would otherwise report as broken HTML.
        var (exit, output, error) = ExternalProcess.Run(java, Patience,
            "-jar", jar, "--skip-non-html", "--also-check-css", "--errors-only", "--stdout", "--format", "json", folder);
        var messages = output.Length == 0 ? [] : JsonDocument.Parse(output).RootElement.GetProperty("messages").EnumerateArray().ToList();
        var errors = messages.Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error").Select(m => Describe(folder, m)).ToList();
        // Exit 1 means errors were found; anything else the JSON does not explain is the checker failing.
        Assert.True(exit == 0 || errors.Count > 0, $"vnu.jar exited with {exit} and reported no error: {error}{output}");
        return errors;
    }

    private static string Describe(string folder, JsonElement message)
    {
        var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        // vnu writes file:/abs/path (one slash), which System.Uri refuses.
        var path = url.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetRelativePath(folder, "/" + Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/')).Replace('\\', '/')
            : url;
        var line = Number(message, "firstLine") ?? Number(message, "lastLine");
        // With --also-check-css, vnu 26.9.27 counts an HTML file's lines from 0 (a CSS file's from 1; without the
        // option, both from 1), measured here; the planted error of NuCheckerGate checks the corrected line.
        if (line is not null && !path.EndsWith(".css", StringComparison.Ordinal)) line++;
        var column = Number(message, "firstColumn");
        var at = line is null ? path : column is null ? $"{path}:{line}" : $"{path}:{line}:{column}";
        return $"{at}: {message.GetProperty("message").GetString()}";
    }

    private static int? Number(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
