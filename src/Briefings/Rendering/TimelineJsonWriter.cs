using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Localization;
using Briefings.Model;
using Briefings.Rendering.Views;
using Briefings.Routing;
using Briefings.Text;
using Briefings.Timeline;

namespace Briefings.Rendering;

/// <summary>
/// <c>timeline.json</c> in TimelineJS3's format, so the same events can feed a TimelineJS embed, streamed
/// event by event. TimelineJS shows headlines and texts as HTML, so every value from YAML is escaped here.
/// </summary>
public static class TimelineJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All), // readable accents; <, >, & still escaped
    };

    /// <param name="events">The events to write: every event of the site, or those one year places.</param>
    public static void Write(Stream output, string path, SiteModel site, ViewFactory views, Translations translations, IReadOnlyList<EventView> events)
    {
        var language = site.Config.Language;
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartObject("title");
        json.WriteStartObject("text");
        json.WriteString("headline", Html.Escape(translations.Get(language, "timeline.title")));
        json.WriteString("text", Html.Escape(site.Config.Title));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("events");
        foreach (var e in events)
        {
            Event(json, e, language, path);
            if (json.BytesPending > 64 * 1024) json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Event(Utf8JsonWriter json, EventView e, string language, string path)
    {
        var date = e.Date.Date;
        json.WriteStartObject();
        json.WriteString("unique_id", e.Id);
        // TimelineJS needs a start: an open start (../2002) is placed at its known end.
        Date(json, "start_date", date.Start ?? date.End!);
        json.WriteStartObject("text");
        json.WriteString("headline", Html.Escape(e.Title));
        json.WriteString("text", Text(e, path));
        json.WriteEndObject();
        if (date.Start is not null && date.End is not null) Date(json, "end_date", date.End);
        if (e.Tags.Count > 0) json.WriteString("group", e.Tags[0].Name);
        // Say what TimelineJS cannot show by itself: doubt, approximation, open ends.
        if (e.Uncertain || e.Approximate || date.OpenStart || date.OpenEnd)
        {
            json.WriteString("display_date", EdtfWording.Format(date, language));
        }
        json.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter json, string name, EdtfPoint point)
    {
        json.WriteStartObject(name);
        json.WriteNumber("year", point.Year);
        if (point.Month is { } month) json.WriteNumber("month", month);
        if (point.Day is { } day) json.WriteNumber("day", day);
        json.WriteEndObject();
    }

    /// <summary>The summary, then place, actors and links to the briefings, relative to the file at <paramref name="path"/>.</summary>
    private static string Text(EventView e, string path)
    {
        var text = e.Summary?.Value ?? "";
        if (e.Place is { } place) text += $"<p>{Html.Escape(place)}</p>";
        if (e.Actors.Count > 0) text += $"<p>{string.Join(", ", e.Actors.Select(a => Html.Escape(a.Name)))}</p>";
        if (e.Briefings.Count > 0)
        {
            text += "<ul>" + string.Concat(e.Briefings.Select(b =>
                $"<li><a href=\"{Html.Escape(Router.Relative(path, b.Path))}\">{Html.Escape(b.Title)}</a></li>")) + "</ul>";
        }
        return text;
    }
}
