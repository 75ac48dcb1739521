using Briefings.Caching;
using Briefings.Markdown;
using Briefings.Model;
using Briefings.Routing;

namespace Briefings.Rendering.Templates;

/// <summary>
/// <c>{{ body }}</c> on a briefing page: the processed HTML written piece by piece, each link slot filled
/// with its <c>href</c> relative to this page (or left without one for a draft not published).
/// </summary>
/// <param name="imageSizes">The width and height of local images, by link slot (from the plan), written on their <c>img</c>.</param>
public sealed class BodyContent(AssembledBody body, Router router, IReadOnlyDictionary<int, (int Width, int Height)>? imageSizes = null) : IStreamedContent
{
    public void WriteTo(HtmlTemplateContext context) =>
        BodyHtml.Write(body.Processed.Html.Read(), slot => Attribute(slot, context.PagePath), (text, start, count) => context.Write(text, start, count));

    private string Attribute(int slot, string page) => body.Processed.Links[slot] switch
    {
        GlossaryTermLink term => $" href=\"{router.Link(page, router.GlossaryTerm(term.TermId))}\"",
        BriefingFileLink file when body.Targets[slot] is { } target => $" href=\"{router.Link(page, router.Briefing(target.Slug))}{file.Fragment}\"",
        LocalFileLink when imageSizes is not null && imageSizes.TryGetValue(slot, out var size) => $"width=\"{size.Width}\" height=\"{size.Height}\"",
        _ => "", // a draft left out of this build: the words stay, as a link with nowhere to go
    };

    /// <summary>What this body writes depends on: its HTML (by the hash the store keeps, so unread), and where each link slot leads.</summary>
    public void AddTo(HashInput key)
    {
        if (body.Processed.Html is StoredHtml stored) key.Add(stored.Entry.Length).Add((long)stored.Entry.Hash);
        else key.Add(body.Processed.Html.Read());
        for (var slot = 0; slot < body.Processed.Links.Count; slot++)
        {
            switch (body.Processed.Links[slot])
            {
                case GlossaryTermLink term: key.Add(term.TermId); break;
                case BriefingFileLink file: key.Add(body.Targets[slot]?.Slug).Add(file.Fragment); break;
                case LocalFileLink:
                    var (width, height) = imageSizes?.GetValueOrDefault(slot) ?? default;
                    key.Add(width).Add(height);
                    break;
            }
        }
    }

    public override string ToString() => "(the briefing's body)";
}
