using Briefings.Diagnostics;
using Briefings.Markdown;
using Briefings.Output;
using Briefings.Timeline;

namespace Briefings.Caching;

/// <summary>The cache index's sections, written and read in one order.</summary>
internal static class CacheIndexCodec
{
    public static void Write(CacheWriter w, CacheIndex index)
    {
        WriteSection(w, index.Briefings, (w, b) =>
        {
            WriteDiagnostics(w, b.Diagnostics);
            MetadataCodec.Write(w, b.Reading);
        });
        WriteSection(w, index.TimelineFiles, (w, f) =>
        {
            WriteDiagnostics(w, f.Diagnostics);
            w.Write(f.Events, (w, e) =>
            {
                MetadataCodec.WriteEvent(w, e.Event);
                MetadataCodec.WriteEventLocations(w, e.Locations);
            });
        });
        WriteSection(w, index.Bodies, (w, b) =>
        {
            var entry = ((StoredHtml)b.Html).Entry;
            w.Write(entry.Offset);
            w.Write(entry.Length);
            w.Write((long)entry.Hash);
            w.Write(b.Links, WriteLink);
            w.Write(b.Terms, (w, t) => w.Write(t));
            w.Write(b.ReadingMinutes);
            WriteDiagnostics(w, b.Diagnostics);
        });
        WriteSection(w, index.Summaries, (w, s) => w.Write(s));
        w.Write(index.Manifests.Count);
        foreach (var (folder, manifest) in index.Manifests.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            w.Write(folder);
            w.Write(manifest.Files.Count);
            foreach (var (path, e) in manifest.Files)
            {
                w.Write(path);
                w.Write(e.Inputs);
                w.Write((long)e.Content);
                w.Write(e.Length);
                w.Write(e.LastWriteUtc);
            }
        }
    }

    public static CacheIndex Read(CacheReader r, BodyStore store)
    {
        var briefings = ReadSection(r, r =>
        {
            var diagnostics = ReadDiagnostics(r);
            return new CachedBriefing(MetadataCodec.ReadBriefing(r), diagnostics);
        });
        var timelineFiles = ReadSection(r, r =>
        {
            var diagnostics = ReadDiagnostics(r);
            var events = r.ReadList(r => new TimelineEventReading(MetadataCodec.ReadEvent(r), MetadataCodec.ReadEventLocations(r)));
            return new CachedTimelineFile(events, diagnostics);
        });
        var bodies = ReadSection(r, r =>
        {
            var entry = new BodyStore.Entry(r.ReadInt64(), r.ReadInt32(), (ulong)r.ReadInt64());
            return new ProcessedBody(new StoredHtml(store, entry), r.ReadList(ReadLink), r.ReadList(r => r.ReadString()), r.ReadInt32(), ReadDiagnostics(r));
        });
        var summaries = ReadSection(r, r => r.ReadString());
        var manifests = new Dictionary<string, OutputManifest>(StringComparer.Ordinal);
        var count = r.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var folder = r.ReadString();
            var files = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
            var fileCount = r.ReadInt32();
            for (var j = 0; j < fileCount; j++)
            {
                files[r.ReadString()] = new ManifestEntry(r.ReadUInt128(), (ulong)r.ReadInt64(), r.ReadInt64(), r.ReadInt64());
            }
            manifests[folder] = new OutputManifest(files);
        }
        if (!r.AtEnd) throw new InvalidDataException("bytes after the end of the index");
        return new CacheIndex(briefings, timelineFiles, bodies, summaries, manifests);
    }

    private static void WriteSection<T>(CacheWriter w, IReadOnlyDictionary<UInt128, T> entries, Action<CacheWriter, T> write)
    {
        w.Write(entries.Count);
        foreach (var (key, value) in entries)
        {
            w.Write(key);
            write(w, value);
        }
    }

    private static Dictionary<UInt128, T> ReadSection<T>(CacheReader r, Func<CacheReader, T> read)
    {
        var count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("a negative count");
        var entries = new Dictionary<UInt128, T>(Math.Min(count, 1 << 20));
        for (var i = 0; i < count; i++) entries[r.ReadUInt128()] = read(r);
        return entries;
    }

    private static void WriteDiagnostics(CacheWriter w, IReadOnlyList<Diagnostic> diagnostics) => w.Write(diagnostics, (w, d) => w.Write(d));

    private static List<Diagnostic> ReadDiagnostics(CacheReader r) => r.ReadList(r => r.ReadDiagnostic());

    private enum LinkKind { Briefing, Term }

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
            default:
                throw new InvalidOperationException($"no cache form for {link.GetType().Name}");
        }
    }

    private static BodyLink ReadLink(CacheReader r) => (LinkKind)r.ReadInt32() switch
    {
        LinkKind.Briefing => new BriefingFileLink(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadLocation()),
        LinkKind.Term => new GlossaryTermLink(r.ReadString()),
        _ => throw new InvalidDataException("an unknown kind of link"),
    };
}
