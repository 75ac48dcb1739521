using Briefings.Diagnostics;
using Briefings.Model;

namespace Briefings.Assembling;

/// <summary>
/// The one rule for what other content says of briefings, by slug (events) or by file name (links in
/// bodies): a published briefing resolves; a draft left out of this build is a warning and the reference
/// is dropped (the words of a link stay); a briefing kept out by its own errors is dropped silently (its errors say
/// why); anything else is an error at the reference.
/// </summary>
public sealed class BriefingReferences
{
    private readonly Dictionary<string, Briefing> _publishedBySlug;
    private readonly Dictionary<string, Briefing> _publishedByFile;
    private readonly HashSet<string> _draftSlugs;
    private readonly HashSet<string> _draftFiles;
    private readonly HashSet<string> _unreadableSlugs;
    private readonly IReadOnlySet<string> _unreadableFiles;

    private BriefingReferences(IReadOnlyList<Briefing> parsed, IReadOnlyList<Briefing> published, IReadOnlySet<string> unreadable)
    {
        // The slug its file name gives: a slug written in its broken front matter is not known.
        _unreadableSlugs = unreadable.Where(name => Text.Slug.From(name).Length > 0).Select(name => Text.Slug.FromOrHash(name, "briefing")).ToHashSet(StringComparer.Ordinal);
        _unreadableFiles = unreadable;
        _publishedBySlug = published.ToDictionary(b => b.Slug, StringComparer.Ordinal);
        _publishedByFile = published.GroupBy(b => b.FileName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var left = parsed.Where(b => !_publishedBySlug.TryGetValue(b.Slug, out var p) || !ReferenceEquals(p, b)).ToList();
        _draftSlugs = left.Where(b => b.Draft).Select(b => b.Slug).ToHashSet(StringComparer.Ordinal);
        _draftFiles = left.Where(b => b.Draft).Select(b => b.FileName).ToHashSet(StringComparer.Ordinal);
    }

    /// <param name="parsed">Every briefing read, drafts included.</param>
    /// <param name="published">The briefings this build publishes, one per slug.</param>
    /// <param name="unreadable">The file names of the briefings their own errors kept out (<see cref="Metadata.ParsedSite.Unreadable"/>).</param>
    public static BriefingReferences Of(IReadOnlyList<Briefing> parsed, IReadOnlyList<Briefing> published, IReadOnlySet<string>? unreadable = null) =>
        new(parsed, published, unreadable ?? new HashSet<string>());

    /// <summary>An event's <c>briefings:</c> entry.</summary>
    public Briefing? BySlug(SlugReference reference, DiagnosticBag diagnostics)
    {
        if (_publishedBySlug.TryGetValue(reference.Slug, out var briefing)) return briefing;
        if (_draftSlugs.Contains(reference.Slug))
        {
            diagnostics.Warning(DiagnosticCodes.DraftReference, reference.Location,
                $"'{reference.Slug}' is a draft, left out of this build: the event does not link to it (--drafts publishes drafts)");
        }
        else if (!_unreadableSlugs.Contains(reference.Slug))
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
        else if (!_unreadableFiles.Contains(link.FileName))
        {
            diagnostics.Error(DiagnosticCodes.UnknownLinkTarget, link.Location,
                $"link to '{link.Written}': there is no such briefing in content/briefings");
        }
        return null;
    }
}
