using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Localization;
using Briefings.Model;
using Briefings.Output;
using Briefings.Rendering.Views;
using Briefings.Text;
using Briefings.Timeline;

namespace Briefings.Rendering;

/// <summary>
/// <c>timeline.json</c> in TimelineJS3's format, so the same events can feed a TimelineJS embed.
/// TimelineJS shows headlines and texts as HTML, so every value from YAML is escaped here.
/// </summary>
public static class TimelineJsonExporter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All), // readable accents; <, >, & still escaped
    };

    public static byte[] Export(SiteModel site, ViewFactory views, Translations translations)
    {
        var language = site.Config.Language;
        var events = new JsonArray();
        foreach (var e in views.Events(site.Timeline.Events)) events.Add(Event(e, language));
        var root = new JsonObject
        {
            ["title"] = new JsonObject
            {
                ["text"] = new JsonObject
                {
                    ["headline"] = Html.Escape(translations.Get(language, "timeline.title")),
                    ["text"] = Html.Escape(site.Config.Title),
                },
            },
            ["events"] = events,
        };
        return JsonSerializer.SerializeToUtf8Bytes(root, Options);
    }

    private static JsonObject Event(EventView e, string language)
    {
        var date = e.Date;
        // TimelineJS needs a start: an open start (../2002) is placed at its known end.
        var start = date.Start ?? date.End!;
        var json = new JsonObject
        {
            ["unique_id"] = e.Id,
            ["start_date"] = Date(start),
            ["text"] = new JsonObject
            {
                ["headline"] = Html.Escape(e.Title),
                ["text"] = Text(e),
            },
        };
        if (date.Start is not null && date.End is not null) json["end_date"] = Date(date.End);
        if (e.Tags.Count > 0) json["group"] = e.Tags[0].Name;
        // Say what TimelineJS cannot show by itself: doubt, approximation, open ends.
        if (e.Uncertain || e.Approximate || date.OpenStart || date.OpenEnd)
        {
            json["display_date"] = EdtfWording.Format(date, language);
        }
        return json;
    }

    private static JsonObject Date(EdtfPoint point)
    {
        var json = new JsonObject { ["year"] = point.Year };
        if (point.Month is { } month) json["month"] = month;
        if (point.Day is { } day) json["day"] = day;
        return json;
    }

    /// <summary>The summary, then place, actors and links to the briefings, relative to the site root where the file is.</summary>
    private static string Text(EventView e)
    {
        var text = e.Summary?.Value ?? "";
        if (e.Place is { } place) text += $"<p>{Html.Escape(place)}</p>";
        if (e.Actors.Count > 0) text += $"<p>{string.Join(", ", e.Actors.Select(a => Html.Escape(a.Name)))}</p>";
        if (e.Briefings.Count > 0)
        {
            text += "<ul>" + string.Concat(e.Briefings.Select(b =>
                $"<li><a href=\"{Html.Escape(SitePaths.Relative(SitePaths.TimelineJson, b.Path))}\">{Html.Escape(b.Title)}</a></li>")) + "</ul>";
        }
        return text;
    }
}
