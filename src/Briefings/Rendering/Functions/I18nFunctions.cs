using System.Text;
using Briefings.Localization;
using Briefings.Text;
using Briefings.Timeline;
using Scriban;

namespace Briefings.Rendering.Functions;

/// <summary>The <c>i18n</c> namespace: interface strings and dates in the page's language.</summary>
public static class I18nFunctions
{
    /// <summary><c>{{ i18n.t "reading_time" 3 }}</c>: the theme string, with <c>{0}</c> replaced by the argument.</summary>
    public static string T(TemplateContext context, string key, object? argument = null)
    {
        var page = (HtmlTemplateContext)context;
        return argument is null
            ? page.Translations.Get(page.PageLanguage, key)
            : page.Translations.Format(page.PageLanguage, key, argument);
    }

    /// <summary><c>{{ i18n.date briefing.date }}</c>: <c>1er avril 2022</c> on a French page.</summary>
    public static string Date(TemplateContext context, DateOnly date) => DateWording.Day(date, ((HtmlTemplateContext)context).PageLanguage);

    /// <summary><c>{{ i18n.edtf event.date }}</c>: the date in words, each known end in a <c>&lt;time datetime&gt;</c>
    /// as precise as it is known: <c>du &lt;time datetime="2022-04-01"&gt;1er&lt;/time&gt; au …</c>.</summary>
    public static RawHtml Edtf(TemplateContext context, EdtfDate date)
    {
        var phrase = EdtfWording.Phrase(date, ((HtmlTemplateContext)context).PageLanguage);
        var html = new StringBuilder(Html.Escape(phrase.Lead));
        if (phrase.StartText is { } start) html.Append(Time(date.Start!, start));
        html.Append(Html.Escape(phrase.Middle));
        if (phrase.EndText is { } end) html.Append(Time(date.End!, end));
        html.Append(Html.Escape(phrase.Trail));
        return new RawHtml(html.ToString());
    }

    private static string Time(EdtfPoint point, string text) =>
        $"<time datetime=\"{EdtfWording.MachineReadable(point)}\">{Html.Escape(text)}</time>";
}
