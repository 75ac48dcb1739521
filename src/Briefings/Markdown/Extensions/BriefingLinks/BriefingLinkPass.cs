using Briefings.Diagnostics;
using Briefings.Output;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Extensions.BriefingLinks;

/// <summary>
/// Links between briefings written as the other file's name, <c>[le traité](traite-1992.md)</c> or
/// <c>[…](traite-1992.md#article-4)</c>, become relative links to its page; an unknown file is an error
/// at the link, instead of a broken link found by a reader.
/// </summary>
public sealed class BriefingLinkPass : IBodyPass
{
    public void Apply(MarkdownDocument document, BodyContext context)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is not { } url || !IsBriefingReference(url)) continue;
            var hash = url.IndexOf('#');
            var file = hash < 0 ? url : url[..hash];
            var fragment = hash < 0 ? "" : url[hash..];
            var slug = Path.GetFileNameWithoutExtension(file);
            var target = context.Site.FindBriefingByFileName(slug);
            if (target is null)
            {
                context.Diagnostics.Error(DiagnosticCodes.UnknownLinkTarget, context.At(link.Span.Start),
                    $"link to '{file}': there is no such briefing in content/briefings");
                continue;
            }
            link.Url = SitePaths.Relative(SitePaths.Briefing(context.Briefing.Slug), SitePaths.Briefing(target.Slug)) + fragment;
        }
    }

    private static bool IsBriefingReference(string url) =>
        !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith('/') && !url.StartsWith('#')
        && (url.Split('#')[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase) || url.Split('#')[0].EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
}
