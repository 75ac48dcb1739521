using Briefings.Metadata;
using Briefings.Model;
using Briefings.Timeline;

namespace Briefings.Caching;

/// <summary>
/// Writes and reads what the parse stage caches: a briefing's <see cref="BriefingReading"/> and the events of a
/// timeline file, field by field. A field added to those records must be added here (the round-trip test fails otherwise).
/// </summary>
internal static class MetadataCodec
{
    public static void Write(CacheWriter w, BriefingReading reading)
    {
        var m = reading.FrontMatter;
        w.Write(m.Title);
        w.Write(m.Date);
        w.WriteNullable(m.Summary);
        w.WriteNullable(m.Language);
        WriteStrings(w, m.Authors);
        w.Write(m.Source is not null);
        if (m.Source is { } source)
        {
            w.Write(source.Name);
            w.WriteNullable(source.Url);
            w.WriteNullable(source.Published);
        }
        WriteStrings(w, m.Tags);
        w.Write(m.Draft);
        w.WriteNullable(m.Slug);
        w.Write(m.Timeline, WriteEvent);
        WriteStrings(w, m.GlossaryExclude);
        WritePlain(w, m.Extra);

        w.WriteNullable(reading.At.Slug);
        w.Write(reading.At.GlossaryExclude, (w, at) => w.Write(at));
        w.Write(reading.At.Timeline, WriteEventLocations);
        w.Write(reading.Slug);
        w.Write(reading.SlugLocation);
        w.Write((int)reading.Format);
        w.Write(reading.BodyStart);
    }

    public static BriefingReading ReadBriefing(CacheReader r)
    {
        var frontMatter = new BriefingFrontMatter(r.ReadString(), r.ReadDate())
        {
            Summary = r.ReadNullableString(),
            Language = r.ReadNullableName(),
            Authors = ReadNames(r),
            Source = r.ReadBoolean() ? new SourceReference(r.ReadName(), r.ReadNullableUri(), r.ReadNullableDate()) : null,
            Tags = ReadNames(r),
            Draft = r.ReadBoolean(),
            Slug = r.ReadNullableString(),
            Timeline = List(r.ReadArray(ReadEvent)),
            GlossaryExclude = ReadNames(r),
            Extra = ReadPlain(r) as PlainMap ?? throw new InvalidDataException("extra is not a map"),
        };
        var at = new FrontMatterLocations(r.ReadNullableLocation(), r.ReadArray(r => r.ReadLocation()), r.ReadArray(ReadEventLocations));
        var slug = r.ReadString();
        var slugLocation = r.ReadLocation();
        var reading = new BriefingReading(frontMatter, at, slug, slugLocation, (BodyFormat)r.ReadInt32(), r.ReadInt32());
        return Enum.IsDefined(reading.Format) ? reading : throw new InvalidDataException("an unknown body format");
    }

    public static void WriteEvent(CacheWriter w, TimelineEventMetadata e)
    {
        w.Write(e.Date);
        w.Write(e.Title);
        w.WriteNullable(e.Id);
        w.WriteNullable(e.Summary);
        w.WriteNullable(e.Place);
        WriteStrings(w, e.Actors);
        WriteStrings(w, e.Tags);
        w.Write(e.Sources, (w, s) =>
        {
            w.Write(s.Name);
            w.WriteNullable(s.Url);
        });
        WriteStrings(w, e.Briefings);
    }

    public static TimelineEventMetadata ReadEvent(CacheReader r) => new(r.ReadString(), r.ReadString())
    {
        Id = r.ReadNullableString(),
        Summary = r.ReadNullableString(),
        Place = r.ReadNullableName(),
        Actors = ReadNames(r),
        Tags = ReadNames(r),
        Sources = List(r.ReadArray(r => new SourceLink(r.ReadName(), r.ReadNullableUri()))),
        Briefings = ReadNames(r),
    };

    public static void WriteEventLocations(CacheWriter w, TimelineEventLocations at)
    {
        w.Write(at.Event);
        w.Write(at.Briefings, (w, b) => w.Write(b));
    }

    public static TimelineEventLocations ReadEventLocations(CacheReader r) => new(r.ReadLocation(), r.ReadArray(r => r.ReadLocation()));

    private static void WriteStrings(CacheWriter w, IReadOnlyCollection<string> items) => w.Write(items, (w, s) => w.Write(s));

    /// <summary>Lists of names (tags, authors, slugs): each string shared with every other entry that has it.</summary>
    private static ValueList<string> ReadNames(CacheReader r) => List(r.ReadArray(r => r.ReadName()));

    private static ValueList<T> List<T>(T[] items) => items.Length == 0 ? ValueList<T>.Empty : new(items);

    private enum PlainKind : byte { Null, False, True, Integer, Number, Text, List, Map }

    /// <summary>A plain value as <see cref="YamlValues.ToPlain"/> makes them; maps keep their order.</summary>
    private static void WritePlain(CacheWriter w, object? value)
    {
        switch (value)
        {
            case null: w.Write((int)PlainKind.Null); break;
            case bool b: w.Write((int)(b ? PlainKind.True : PlainKind.False)); break;
            case long l: w.Write((int)PlainKind.Integer); w.Write(l); break;
            case double d: w.Write((int)PlainKind.Number); w.Write(d); break;
            case string s: w.Write((int)PlainKind.Text); w.Write(s); break;
            case IReadOnlyDictionary<string, object?> map:
                w.Write((int)PlainKind.Map);
                w.Write(map.Count);
                foreach (var (key, item) in map)
                {
                    w.Write(key);
                    WritePlain(w, item);
                }
                break;
            case IReadOnlyList<object?> list:
                w.Write((int)PlainKind.List);
                w.Write(list, WritePlain);
                break;
            default: throw new InvalidOperationException($"not a plain value: {value.GetType().Name}");
        }
    }

    private static object? ReadPlain(CacheReader r) => (PlainKind)r.ReadInt32() switch
    {
        PlainKind.Null => null,
        PlainKind.False => false,
        PlainKind.True => true,
        PlainKind.Integer => r.ReadInt64(),
        PlainKind.Number => r.ReadDouble(),
        PlainKind.Text => r.ReadString(),
        PlainKind.List => r.ReadList(ReadPlain),
        PlainKind.Map => ReadMap(r),
        _ => throw new InvalidDataException("an unknown kind of value"),
    };

    private static PlainMap ReadMap(CacheReader r)
    {
        var count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("a negative count");
        if (count == 0) return PlainMap.Empty;
        var entries = new List<KeyValuePair<string, object?>>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++) entries.Add(new(r.ReadString(), ReadPlain(r)));
        return new PlainMap(entries);
    }
}
