using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Briefings.Markdown;
using Briefings.Model;
using Briefings.Routing;

namespace Briefings.Publishing;

/// <summary>
/// A briefing's body as feeds carry it: the page's HTML with every URL absolute. A feed reader shows it away from the page,
/// and many ignore <c>xml:base</c>, so a relative image or link would lead nowhere. Made once per briefing and build:
/// a briefing is in the site's feed, maybe its language's, and each of its tags'.
/// </summary>
public sealed partial class FeedContent(SiteModel site, Router router)
{
    private readonly ConcurrentDictionary<string, string> _html = new(StringComparer.Ordinal);

    public string Of(Briefing briefing) => _html.GetOrAdd(briefing.Slug, static (_, state) => state.Self.Make(state.Briefing), (Self: this, Briefing: briefing));

    private string Make(Briefing briefing)
    {
        var body = site.BodyOf(briefing);
        var text = new StringBuilder();
        BodyHtml.Write(body.Processed.Html.Read(), slot => Attribute(body, slot), (html, start, count) => text.Append(html, start, count));
        return Absolute(text.ToString(), new Uri(router.Absolute(router.Briefing(briefing.Slug))!));
    }

    private string Attribute(AssembledBody body, int slot) => body.Processed.Links[slot] switch
    {
        GlossaryTermLink term => $" href=\"{router.Absolute(router.GlossaryTerm(term.TermId))}\"",
        BriefingFileLink file when body.Targets[slot] is { } target => $" href=\"{router.Absolute(router.Briefing(target.Slug))}{file.Fragment}\"",
        _ => "",
    };

    /// <summary>The HTML with each URL attribute resolved against the briefing page's own address, and without the terms' tooltips.</summary>
    private static string Absolute(string html, Uri page)
    {
        if (!html.Contains("href=", StringComparison.Ordinal) && !html.Contains("src", StringComparison.Ordinal)) return html;
        var document = new HtmlParser().ParseDocument("");
        var body = document.Body!;
        body.InnerHtml = html;
        // A term's definition is a tooltip that the site's stylesheet hides until hover; a reader has no such stylesheet and
        // would print it inside the sentence. The term stays a link to its page.
        foreach (var tip in body.QuerySelectorAll("span.term-tip[role=tooltip]")) tip.Remove();
        foreach (var link in body.QuerySelectorAll("a.term-link[aria-describedby]")) link.RemoveAttribute("aria-describedby");
        foreach (var element in body.QuerySelectorAll("[href],[src],[poster],[cite],[srcset]"))
        {
            foreach (var name in (ReadOnlySpan<string>)["href", "src", "poster", "cite"])
            {
                if (element.GetAttribute(name) is { } value) element.SetAttribute(name, Resolve(page, value));
            }
            if (element.GetAttribute("srcset") is { } set)
            {
                // "a.jpg 1x, b.jpg 2x": each candidate's URL comes before its descriptor.
                var candidates = set.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(candidate =>
                {
                    var space = candidate.IndexOf(' ');
                    return space < 0 ? Resolve(page, candidate) : Resolve(page, candidate[..space]) + candidate[space..];
                });
                element.SetAttribute("srcset", string.Join(", ", candidates));
            }
        }
        return body.InnerHtml;
    }

    /// <summary>A URL with a scheme stays as written; any other (a path, <c>#anchor</c>, <c>//host</c>) is resolved.</summary>
    private static string Resolve(Uri page, string value) =>
        Scheme().IsMatch(value) || !Uri.TryCreate(page, value, out var resolved) ? value : resolved.AbsoluteUri;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
