using System.Globalization;
using System.Text.Json;
using Briefings.Localization;
using Briefings.Model;
using Briefings.Rendering.Views;
using Briefings.Routing;
using Briefings.Text;
using Briefings.Timeline;
using Briefings.Timeline.Edtf;

namespace Briefings.Rendering;

/// <summary>
/// <c>timeline.json</c> in TimelineJS3's format, so the same events can feed a TimelineJS embed, streamed
/// event by event. TimelineJS shows headlines and texts as HTML, so every value from YAML is escaped here.
/// </summary>
public static class TimelineJsonWriter
{
    /// <param name="events">The events to write: every event of the site, or those one year places.</param>
    public static void Write(Stream output, string path, SiteModel site, ViewFactory views, Translations translations, IReadOnlyList<EventView> events)
    {
        var language = site.Config.Language;
        using var json = new Utf8JsonWriter(output, ScriptSafeJson.Indented);
        json.WriteStartObject();
        json.WriteStartObject("title");
        json.WriteStartObject("text");
        json.WriteString("headline", Html.Escape(translations.Get(language, "timeline.title")));
        json.WriteString("text", Html.Escape(views.Site.Title)); // typeset as the pages show it
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
        var (start, end) = Ends(date);
        json.WriteStartObject();
        json.WriteString("unique_id", e.Id);
        Date(json, "start_date", start, atStart: true);
        json.WriteStartObject("text");
        json.WriteString("headline", Html.Escape(e.Title));
        json.WriteString("text", Text(e, path));
        json.WriteEndObject();
        if (end is not null) Date(json, "end_date", end, atStart: false);
        if (e.Tags.Count > 0) json.WriteString("group", Html.Escape(e.Tags[0].Name)); // TimelineJS writes the group's name as HTML too
        // Say what TimelineJS cannot show by itself: a range's words, doubt, approximation, open ends, seasons, X digits, sets.
        if (date is not EdtfCalendarDate { IsQualified: false } single || EdtfWording.MachineReadable(single) is null)
        {
            json.WriteString("display_date", EdtfWording.Format(date, language));
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// The dates that start and end the slide. TimelineJS needs a start: an open start (<c>../2002</c>) is placed at
    /// its known end. An end is written wherever the date spans more than its written precision says (an interval,
    /// a season, X digits, a set), so that no end is lost.
    /// </summary>
    private static (EdtfCalendarDate Start, EdtfCalendarDate? End) Ends(EdtfValue date) => date switch
    {
        EdtfInterval interval => ((interval.Start.Date ?? interval.End.Date)!, interval.Start.Date is not null ? interval.End.Date : null),
        EdtfSet set => (set.Members.MinBy(m => m.Earliest)!.First, set.OpenEnd ? null : set.Members.MaxBy(m => m.Latest) is { } last ? last.Last ?? last.First : null),
        EdtfCalendarDate single => (single, EdtfWording.MachineReadable(single) is null ? single : null),
        _ => throw new InvalidOperationException($"no TimelineJS dates for {date.GetType().Name}"),
    };

    /// <summary>A date as written where TimelineJS can say it (year, month, day); otherwise its earliest or latest day.
    /// TimelineJS counts years before 1 as history does (-44 for 44 BC), EDTF as astronomers do (-0043).</summary>
    private static void Date(Utf8JsonWriter json, string name, EdtfCalendarDate date, bool atStart)
    {
        json.WriteStartObject(name);
        if (EdtfWording.MachineReadable(date) is not null && date.Year.Value >= 1)
        {
            json.WriteNumber("year", date.Year.Value);
            if (date.Month is { } month) json.WriteNumber("month", int.Parse(month, CultureInfo.InvariantCulture));
            if (date.Day is { } day) json.WriteNumber("day", int.Parse(day, CultureInfo.InvariantCulture));
        }
        else
        {
            var (year, month, day) = (atStart ? date.Earliest : date.Latest).Parts;
            json.WriteNumber("year", year <= 0 ? year - 1 : year);
            json.WriteNumber("month", month);
            json.WriteNumber("day", day);
        }
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
