using Microsoft.AspNetCore.StaticFiles;

namespace Briefings.Cli.Serve;

/// <summary>The <c>Content-Type</c> of a file, by its extension, as ASP.NET Core's static files know them, with the charset on text.</summary>
public sealed class ContentTypes
{
    // An instance, not a static: its table of mappings is mutable.
    private readonly FileExtensionContentTypeProvider _provider = new();

    public string For(string path)
    {
        if (!_provider.TryGetContentType(path, out var type)) return "application/octet-stream";
        // The build writes UTF-8 only; without the charset a browser may guess another encoding for text.
        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    public static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal)
        || type is "application/javascript" or "application/json" or "application/xml";
}
