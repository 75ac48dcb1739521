using Briefings.Model;
using Briefings.Timeline;

namespace Briefings.Caching;

/// <summary>
/// Writes and reads a timeline file's events as the site uses them (default ids and slugs made, the date parsed),
/// so that a file read from the cache costs no slug or date parsing. A field added to <see cref="TimelineEvent"/>
/// must be added here (the round-trip test fails otherwise).
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

    private static void WriteDate(CacheWriter w, EdtfDate date)
    {
        w.Write(date.IsInterval);
        WritePoint(w, date.Start);
        WritePoint(w, date.End);
    }

    /// <summary>A date as <see cref="EdtfDate"/>'s own factories make them: one out of shape throws, and the entry is a miss.</summary>
    private static EdtfDate ReadDate(CacheReader r)
    {
        var interval = r.ReadBoolean();
        var start = ReadPoint(r);
        var end = ReadPoint(r);
        return interval ? EdtfDate.Interval(start, end) : EdtfDate.Single(start ?? throw new InvalidDataException("a date with no day"));
    }

    private static void WritePoint(CacheWriter w, EdtfPoint? point)
    {
        w.Write(point is not null);
        if (point is null) return;
        w.Write(point.Year);
        w.Write(point.Month ?? 0);
        w.Write(point.Day ?? 0);
        w.Write((int)point.Qualifier);
    }

    private static EdtfPoint? ReadPoint(CacheReader r)
    {
        if (!r.ReadBoolean()) return null;
        var year = r.ReadInt32();
        var month = r.ReadInt32();
        var day = r.ReadInt32();
        var qualifier = (EdtfQualifier)r.ReadInt32();
        if (qualifier is < EdtfQualifier.None or > (EdtfQualifier.Uncertain | EdtfQualifier.Approximate)) throw new InvalidDataException("an unknown qualifier");
        return new EdtfPoint(year, month == 0 ? null : month, day == 0 ? null : day, qualifier);
    }
}
