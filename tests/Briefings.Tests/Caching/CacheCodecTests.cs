using System.Collections;
using Briefings.Caching;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Timeline;

namespace Briefings.Tests.Caching;

public sealed class CacheCodecTests
{
    [Theory]
    [InlineData("summary", "")]
    [InlineData("summary", "Une *phrase* courte.")]
    [InlineData("output", "/tmp/x")]
    public void A_key_made_at_once_is_the_key_made_step_by_step(string kind, string text)
    {
        Assert.Equal(new CacheKey().Add(kind).Add(text).Build(), CacheKey.Of(kind, text));
        var longer = string.Concat(Enumerable.Repeat(text + "é", 900));
        Assert.Equal(new CacheKey().Add(kind).Add(longer).Build(), CacheKey.Of(kind, longer));
    }

    [Fact]
    public void Timeline_events_read_back_from_the_cache_as_they_were_made()
    {
        var file = InputFile.FromText("content/timeline/t.yml", """
            - id: sommet
              date: 2022-04-01?
              title: Sommet
              summary: Un *sommet*.
              place: Minsk
              actors: [Лукашенко, OTSC, Otsc]
              tags: [Bélarus, 北京]
              sources:
                - name: Meduza
                  url: https://example.org/a
                - name: Sans lien
              briefings: [note-1, note-2, note-1]
            - date: ../2002~
              title: Sans id
            - date: 2022-04/2022-05
              title: Intervalle
            """);
        var events = YamlListFiles.LoadFile(file, "timeline", "events", "- date: …", (node, text, bag) => TimelineEventParser.Parse(node, text, bag), new DiagnosticBag());
        Assert.Equal(3, events.Count);
        using var stream = new MemoryStream();
        using (var writer = new CacheWriter(stream))
        {
            foreach (var e in events) EventCodec.Write(writer, e);
        }
        var bytes = stream.ToArray();
        var reader = new CacheReader(bytes, 0, bytes.Length, new StringTable());
        foreach (var e in events) Assert.Equal(Describe(e), Describe(EventCodec.Read(reader)));
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Names_read_twice_are_one_string()
    {
        var names = new StringTable();
        var first = names.Get("Bélarus"u8);
        Assert.Equal("Bélarus", first);
        Assert.Same(first, names.Get("Bélarus"u8));
    }

    /// <summary>Every property, lists item by item: a property added to the event is compared without anyone listing it.</summary>
    private static string Describe(object value) => string.Join("\n", value.GetType().GetProperties()
        .Select(p => $"{p.Name} = {(p.GetValue(value) is IEnumerable items and not string ? string.Join(", ", items.Cast<object>()) : p.GetValue(value))}"));
}
