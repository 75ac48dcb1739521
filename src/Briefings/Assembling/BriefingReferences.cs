using Briefings.Diagnostics;
using Briefings.Model;

namespace Briefings.Assembling;

/// <summary>
/// The one rule for what other content says of briefings, by slug (events) or by file name (links in
/// bodies): a published briefing resolves; a draft left out of this build is a warning and the reference
/// is dropped (the words of a link stay); anything else is an error at the reference.
/// </summary>
public sealed class BriefingReferences
{
    private readonly Dictionary<string, Briefing> _publishedBySlug;
    private readonly Dictionary<string, Briefing> _publishedByFile;
    private readonly HashSet<string> _draftSlugs;
    private readonly HashSet<string> _draftFiles;

    private BriefingReferences(IReadOnlyList<Briefing> parsed, IReadOnlyList<Briefing> published)
    {
        _publishedBySlug = published.ToDictionary(b => b.Slug, StringComparer.Ordinal);
        _publishedByFile = published.GroupBy(b => b.FileName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var left = parsed.Where(b => !_publishedBySlug.TryGetValue(b.Slug, out var p) || !ReferenceEquals(p, b)).ToList();
        _draftSlugs = left.Where(b => b.Draft).Select(b => b.Slug).ToHashSet(StringComparer.Ordinal);
        _draftFiles = left.Where(b => b.Draft).Select(b => b.FileName).ToHashSet(StringComparer.Ordinal);
    }

    /// <param name="parsed">Every briefing read, drafts included.</param>
    /// <param name="published">The briefings this build publishes, one per slug.</param>
    public static BriefingReferences Of(IReadOnlyList<Briefing> parsed, IReadOnlyList<Briefing> published) => new(parsed, published);

    /// <summary>An event's <c>briefings:</c> entry.</summary>
    public Briefing? BySlug(SlugReference reference, DiagnosticBag diagnostics)
    {
        if (_publishedBySlug.TryGetValue(reference.Slug, out var briefing)) return briefing;
        if (_draftSlugs.Contains(reference.Slug))
        {
            diagnostics.Warning(DiagnosticCodes.DraftReference, reference.Location,
                $"'{reference.Slug}' is a draft, left out of this build: the event does not link to it (--drafts publishes drafts)");
        }
        else
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, reference.Location, $"no briefing has the slug '{reference.Slug}'");
        }
        return null;
    }

    /// <summary>A link in a body to another briefing's file.</summary>
    public Briefing? ByFileName(Markdown.BriefingFileLink link, DiagnosticBag diagnostics)
    {
        if (_publishedByFile.TryGetValue(link.FileName, out var briefing)) return briefing;
        if (_draftFiles.Contains(link.FileName))
        {
            diagnostics.Warning(DiagnosticCodes.DraftReference, link.Location,
                $"link to '{link.Written}': that briefing is a draft, left out of this build; its words stay, without a link (--drafts publishes drafts)");
        }
        else
        {
            diagnostics.Error(DiagnosticCodes.UnknownLinkTarget, link.Location,
                $"link to '{link.Written}': there is no such briefing in content/briefings");
        }
        return null;
    }
}
