using System.Text;
using Briefings.Diagnostics;
using Briefings.Model;
using Briefings.Pipeline;
using Briefings.Planning;
using Briefings.Routing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Output;

/// <summary>
/// Where the editor wrote a link that <see cref="LinkChecker"/> found broken in a rendered page: the Markdown link
/// of the briefing the page shows (<c>[…](autre.md#nope)</c> became <c>../autre/index.html#nope</c>), the raw
/// HTML of its body, the Markdown of a glossary definition or an event summary, or the site's own template that
/// renders the page. Null when none of them holds it (a link of the built-in theme): the page's line stays.
/// </summary>
public sealed class LinkSourceLocator
{
    // Links only: no extension of the build changes where a link starts.
    private static readonly MarkdownPipeline Links = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseAutoLinks().Build();

    private readonly SiteState _state;
    private readonly Dictionary<string, Briefing> _briefingPages;
    private readonly Dictionary<string, PlannedPage> _pages;

    public LinkSourceLocator(SiteState state)
    {
        _state = state;
        var router = new Router(state.Model.Config.BaseUrl);
        _briefingPages = state.Model.Briefings.ToDictionary(b => router.Briefing(b.Slug), StringComparer.Ordinal);
        _pages = state.Plan.Pages.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public SourceLocation? Locate(string page, LinkReference reference)
    {
        if (_briefingPages.TryGetValue(page, out var briefing))
        {
            if (InBody(briefing.Body, reference.Value) is { } inBody) return inBody;
            // Its own events' summaries, in its front matter or sidecar.
            if (InText(briefing.MetadataFile.Path, briefing.MetadataFile.Text, reference.Value, markdown: true) is { } inMetadata) return inMetadata;
        }
        // Definitions and event summaries are shown on the glossary and timeline pages, and beside the briefings too.
        foreach (var file in _state.Loaded.Input.Files.Where(f => f.Path.StartsWith("content/glossary/", StringComparison.Ordinal) || f.Path.StartsWith("content/timeline/", StringComparison.Ordinal)))
        {
            if (InText(file.Path, Encoding.UTF8.GetString(file.Bytes), reference.Value, markdown: true) is { } inYaml) return inYaml;
        }
        if (_pages.TryGetValue(page, out var planned))
        {
            foreach (var name in new[] { planned.Template, planned.Layout })
            {
                if (name is null || !_state.Loaded.Theme.Files.TryGetValue(name, out var template)) continue;
                if (!template.File.Path.StartsWith(Rendering.Theme.SiteFolder + "/", StringComparison.Ordinal)) continue; // the built-in theme: no file of the editor's
                var text = Encoding.UTF8.GetString(template.File.Bytes);
                return InText(template.File.Path, text, reference.Value, markdown: false) ?? SourceLocation.FileStart(template.File.Path);
            }
        }
        return null;
    }

    /// <summary>The Markdown link or raw HTML of a body that wrote <paramref name="href"/>.</summary>
    private static SourceLocation? InBody(BriefingBody body, string href)
    {
        if (body.Format != BodyFormat.Markdown) return null;
        var document = Markdig.Markdown.Parse(body.Text, Links);
        var (path, fragment) = Split(href);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { Url: { } url } link when Same(url, href, path, fragment):
                    return body.File.LocationOf(body.Start + link.Span.Start);
                case HtmlInline { Tag: var tag } html when Quoted(tag, href) is { } at:
                    return body.File.LocationOf(body.Start + html.Span.Start + at);
                case HtmlBlock block when Quoted(body.Text.Substring(block.Span.Start, block.Span.Length), href) is { } at:
                    return body.File.LocationOf(body.Start + block.Span.Start + at);
            }
        }
        return null;
    }

    /// <summary>A link written as the page has it, or a link to a briefing's file that became its page, with the same anchor.</summary>
    private static bool Same(string url, string href, string path, string fragment)
    {
        if (url == href) return true;
        if (fragment.Length == 0) return false;
        var (writtenPath, writtenFragment) = Split(url);
        if (writtenFragment != fragment) return false;
        return writtenPath.EndsWith(".md", StringComparison.Ordinal) || writtenPath.EndsWith(".txt", StringComparison.Ordinal) || writtenPath == path;
    }

    /// <summary>The link in a file's text: <c>](href)</c> or <c>(#anchor)</c> in Markdown, <c>"href"</c> in HTML.</summary>
    private static SourceLocation? InText(string filePath, string text, string href, bool markdown)
    {
        var source = new SourceText(filePath, text);
        var (_, fragment) = Split(href);
        string[] needles = markdown
            ? [$"]({href})", .. fragment.Length > 0 ? new[] { $"](#{fragment})", $"#{fragment})" } : []]
            : [$"\"{href}\"", $"'{href}'"];
        foreach (var needle in needles)
        {
            var at = text.IndexOf(needle, StringComparison.Ordinal);
            if (at >= 0) return source.LocationOf(at + (needle[0] == ']' ? 2 : needle[0] is '"' or '\'' ? 1 : 0));
        }
        return null;
    }

    private static int? Quoted(string html, string href)
    {
        foreach (var quote in new[] { '"', '\'' })
        {
            var at = html.IndexOf($"{quote}{href}{quote}", StringComparison.Ordinal);
            if (at >= 0) return at + 1;
        }
        return null;
    }

    private static (string Path, string Fragment) Split(string href)
    {
        var hash = href.IndexOf('#');
        return hash < 0 ? (href, "") : (href[..hash], href[(hash + 1)..]);
    }
}
