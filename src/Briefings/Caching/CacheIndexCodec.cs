using Briefings.Diagnostics;
using Briefings.Markdown;
using Briefings.Timeline;

namespace Briefings.Caching;

/// <summary>How each kind of cache entry is written and read.</summary>
internal static class CacheIndexCodec
{
    public static void WriteBriefing(CacheWriter w, CachedBriefing b)
    {
        WriteDiagnostics(w, b.Diagnostics);
        MetadataCodec.Write(w, b.Reading);
    }

    public static CachedBriefing ReadBriefing(CacheReader r)
    {
        var diagnostics = ReadDiagnostics(r);
        return new CachedBriefing(MetadataCodec.ReadBriefing(r), diagnostics);
    }

    public static void WriteTimelineFile(CacheWriter w, CachedTimelineFile f)
    {
        WriteDiagnostics(w, f.Diagnostics);
        w.Write(f.Events, EventCodec.Write);
    }

    public static CachedTimelineFile ReadTimelineFile(CacheReader r)
    {
        var diagnostics = ReadDiagnostics(r);
        return new CachedTimelineFile(r.ReadArray(EventCodec.Read), diagnostics);
    }

    public static void WriteBody(CacheWriter w, ProcessedBody b)
    {
        var entry = ((StoredHtml)b.Html).Entry;
        w.Write(entry.Offset);
        w.Write(entry.Length);
        w.Write((long)entry.Hash);
        // The terms are not written: each is the term of a link, in the links' order (GlossaryLinkPass adds both at once).
        w.Write(b.Links, WriteLink);
        w.Write(b.ReadingMinutes);
        WriteDiagnostics(w, b.Diagnostics);
    }

    public static ProcessedBody ReadBody(CacheReader r, BodyStore store)
    {
        var entry = new BodyStore.Entry(r.ReadInt64(), r.ReadInt32(), (ulong)r.ReadInt64());
        var links = r.ReadArray(ReadLink);
        return new ProcessedBody(new StoredHtml(store, entry), links, links.OfType<GlossaryTermLink>().Select(t => t.TermId).ToArray(), r.ReadInt32(), ReadDiagnostics(r));
    }

    private static void WriteDiagnostics(CacheWriter w, IReadOnlyList<Diagnostic> diagnostics) => w.Write(diagnostics, (w, d) => w.Write(d));

    private static Diagnostic[] ReadDiagnostics(CacheReader r) => r.ReadArray(r => r.ReadDiagnostic());

    private enum LinkKind { Briefing, Term, File }

    private static void WriteLink(CacheWriter w, BodyLink link)
    {
        switch (link)
        {
            case BriefingFileLink file:
                w.Write((int)LinkKind.Briefing);
                w.Write(file.FileName);
                w.Write(file.Fragment);
                w.Write(file.Written);
                w.Write(file.Location);
                break;
            case GlossaryTermLink term:
                w.Write((int)LinkKind.Term);
                w.Write(term.TermId);
                break;
            case LocalFileLink file:
                w.Write((int)LinkKind.File);
                w.Write(file.Path);
                w.Write(file.Written);
                w.Write(file.Image ? 1 : 0);
                w.Write(file.Location);
                break;
            default:
                throw new InvalidOperationException($"no cache form for {link.GetType().Name}");
        }
    }

    private static BodyLink ReadLink(CacheReader r) => (LinkKind)r.ReadInt32() switch
    {
        LinkKind.Briefing => new BriefingFileLink(r.ReadName(), r.ReadName(), r.ReadName(), r.ReadLocation()),
        LinkKind.Term => new GlossaryTermLink(r.ReadName()),
        LinkKind.File => new LocalFileLink(r.ReadName(), r.ReadName(), r.ReadInt32() == 1, r.ReadLocation()),
        _ => throw new InvalidDataException("an unknown kind of link"),
    };
}
