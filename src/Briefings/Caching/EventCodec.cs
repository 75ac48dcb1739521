using Briefings.Model;
using Briefings.Timeline.Edtf;

namespace Briefings.Caching;

/// <summary>
/// Writes and reads a timeline file's events as the site uses them (default ids and slugs made; the date as its
/// canonical EDTF text, read again in a few microseconds), so that a file read from the cache costs no YAML.
/// A field added to <see cref="TimelineEvent"/> must be added here (the round-trip test fails otherwise).
/// </summary>
internal static class EventCodec
{
    public static void Write(CacheWriter w, TimelineEvent e)
    {
        w.Write(e.Id);
        WriteDate(w, e.Date);
        w.Write(e.Title);
        w.WriteNullable(e.Summary);
        w.WriteNullable(e.Place);
        w.Write(e.Actors, (w, a) =>
        {
            w.Write(a.Name);
            w.Write(a.Slug);
        });
        w.Write(e.Tags, (w, t) =>
        {
            w.Write(t.Name);
            w.Write(t.Slug);
        });
        w.Write(e.Sources, (w, s) =>
        {
            w.Write(s.Name);
            w.WriteNullable(s.Url);
        });
        w.Write(e.Briefings, (w, b) =>
        {
            w.Write(b.Slug);
            w.Write(b.Location);
        });
        w.Write(e.Location);
    }

    public static TimelineEvent Read(CacheReader r) =>
        new(r.ReadName(), ReadDate(r), r.ReadString(), r.ReadNullableString(), r.ReadNullableName(),
            r.ReadArray(r => new Actor(r.ReadName(), r.ReadName())),
            r.ReadArray(r => new Tag(r.ReadName(), r.ReadName())),
            r.ReadArray(r => new SourceLink(r.ReadName(), r.ReadNullableUri())),
            r.ReadArray(r => new SlugReference(r.ReadName(), r.ReadLocation())))
        {
            Location = r.ReadLocation(),
        };

    private static void WriteDate(CacheWriter w, EdtfValue date) => w.Write(date.ToString());

    /// <summary>A date from its canonical text, read again: one that does not read is damage, and the entry a miss.</summary>
    private static EdtfValue ReadDate(CacheReader r) =>
        EdtfSyntax.TryParse(r.ReadString(), out var date, out var error) ? date : throw new InvalidDataException($"not an EDTF date ({error})");
}
