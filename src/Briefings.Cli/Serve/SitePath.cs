using Briefings.Content;
using Briefings.Output;

namespace Briefings.Cli.Serve;

/// <summary>
/// A request path to a file of the built site, or why not. Kestrel has already decoded <c>%2e</c> and removed dot
/// segments (measured: docs/research/authoring.md), but it leaves <c>%2F</c> encoded and turns <c>%5C</c> into a
/// backslash, so whatever of that survives is refused here; then the path must stay inside the root as text, and its
/// real path (every symbolic link resolved) inside the root's real path, so a link in the output that leads out is a miss.
/// </summary>
public static class SitePath
{
    /// <param name="root">The output folder served.</param>
    /// <param name="basePath">The decoded path of <c>base_url</c> without its last slash (<c>/sub</c>), or empty.</param>
    /// <param name="requestPath">The path as Kestrel decoded it.</param>
    public static PathDecision Map(string root, string basePath, string requestPath)
    {
        var parsed = Parse(basePath, requestPath);
        return parsed.Outcome == PathOutcome.Relative ? Locate(root, parsed.Value!, requestPath) : parsed;
    }

    /// <summary>The text-only half: no file system. A <see cref="PathOutcome.Relative"/> result holds the path under the root, its last slash kept.</summary>
    public static PathDecision Parse(string basePath, string requestPath)
    {
        if (requestPath.Length == 0 || requestPath[0] != '/') return PathDecision.BadRequest;
        // '%' only survives decoding as an escape Kestrel would not decode (%2F) or as a literal one: neither is a link the build writes.
        if (requestPath.AsSpan().IndexOfAny('\\', '\0', '%') >= 0) return PathDecision.BadRequest;
        if (basePath.Length > 0)
        {
            if (requestPath == "/" || requestPath == basePath) return PathDecision.RedirectTo(basePath + "/");
            if (!requestPath.StartsWith(basePath + "/", StringComparison.Ordinal)) return PathDecision.NotFound;
            requestPath = requestPath[basePath.Length..];
        }
        // Empty segments go: '//etc/passwd' is 'etc/passwd' under the root, never the absolute path.
        var segments = requestPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            // ':' would name a drive or a stream on Windows; nothing the build writes has one.
            if (segment is "." or ".." || segment.Contains(':')) return PathDecision.BadRequest;
        }
        var relative = string.Join('/', segments);
        return new PathDecision(PathOutcome.Relative, requestPath.EndsWith('/') && relative.Length > 0 ? relative + "/" : relative);
    }

    private static PathDecision Locate(string root, string relative, string requestPath)
    {
        var trailing = relative.EndsWith('/') || relative.Length == 0;
        var full = RealPath.Trim(Path.GetFullPath(Path.Join(root, relative)));
        if (!RealPath.IsSameOrInside(full, RealPath.Trim(Path.GetFullPath(root)))) return PathDecision.NotFound;
        if (FileFacts.RealPath(root, out _) is not { } realRoot) return PathDecision.NotFound;
        if (Inside(full, realRoot) is not { } real) return PathDecision.NotFound;
        switch (FileFacts.Of(real, follow: true).Kind)
        {
            case FileKind.Directory:
                // Pages link relatively: 'a' served as a page would resolve its links beside it, not inside it.
                if (!trailing) return PathDecision.RedirectTo(requestPath + "/");
                return Inside(Path.Join(real, "index.html"), realRoot) is { } index && FileFacts.Of(index, follow: true).Kind == FileKind.Regular
                    ? PathDecision.FileAt(index)
                    : PathDecision.NotFound;
            case FileKind.Regular:
                return trailing ? PathDecision.NotFound : PathDecision.FileAt(real);
            default:
                return PathDecision.NotFound; // a FIFO or a device is never opened
        }
    }

    /// <summary>The real path of <paramref name="path"/> when it exists and lies inside <paramref name="realRoot"/>.</summary>
    private static string? Inside(string path, string realRoot) =>
        FileFacts.RealPath(path, out _) is { } real && RealPath.IsSameOrInside(real, realRoot) ? real : null;
}
