using System.Text;
using Briefings.Localization;
using Briefings.Rendering.Templates;
using Briefings.Rendering.Views;
using Briefings.Text;
using Briefings.Timeline;
using Scriban.Runtime;
using Briefings.Timeline.Edtf;

namespace Briefings.Rendering.Functions;

/// <summary>The <c>i18n</c> namespace: interface strings and dates in the page's language.</summary>
public static class I18nFunctions
{
    public static ScriptObject Create()
    {
        var i18n = new ScriptObject();
        // {{ i18n.t "reading_time" 3 }}: the theme string, with {0} replaced by the argument.
        i18n.SetValue("t", new TemplateFunction("i18n.t", 1, 1, (page, args, caller) =>
        {
            var key = TemplateFunction.Argument<string>(args, 0, "i18n.t", caller, page);
            return args.Count == 1 ? page.Translations.Get(page.PageLanguage, key) : page.Translations.Format(page.PageLanguage, key, args[1]);
        }), readOnly: true);
        // {{ i18n.date briefing.date }}: 1er avril 2022 on a French page.
        i18n.SetValue("date", new TemplateFunction("i18n.date", 1, 0, (page, args, caller) =>
            DateWording.Day(TemplateFunction.Argument<DateOnly>(args, 0, "i18n.date", caller, page), page.PageLanguage)), readOnly: true);
        // {{ i18n.edtf event.date }}: the date in words, each known end in a <time datetime> as precise as it is known.
        i18n.SetValue("edtf", new TemplateFunction("i18n.edtf", 1, 0, (page, args, caller) =>
            Edtf(TemplateFunction.Argument<EventDateView>(args, 0, "i18n.edtf", caller, page).Date, page.PageLanguage)), readOnly: true);
        // <h2{{ i18n.lang item.language }}>: ` lang="en"` on an element in another language than the page's, else nothing.
        i18n.SetValue("lang", new TemplateFunction("i18n.lang", 1, 0, (page, args, caller) =>
            Lang(args[0] as string, page.PageLanguage)), readOnly: true);
        // {{ i18n.edtf_within event.date }}: under its month's heading, a plain day says only "13" (the heading says
        // the rest); a plain month or year, which the heading repeats, is kept for screen readers only.
        i18n.SetValue("edtf_within", new TemplateFunction("i18n.edtf_within", 1, 0, (page, args, caller) =>
            EdtfWithin(TemplateFunction.Argument<EventDateView>(args, 0, "i18n.edtf_within", caller, page).Date, page.PageLanguage)), readOnly: true);
        return i18n;
    }

    private static readonly RawHtml NoLang = new(""); // asked for by every tag and event of a page: one shared, immutable

    /// <summary>The <c>lang</c> attribute, with its leading space, that an element in <paramref name="language"/> needs on a page in
    /// <paramref name="pageLanguage"/>: none when they are the same tag (or the language is not known).</summary>
    public static RawHtml Lang(string? language, string pageLanguage) =>
        string.IsNullOrWhiteSpace(language) || language.Equals(pageLanguage, StringComparison.OrdinalIgnoreCase)
            ? NoLang
            : new RawHtml($" lang=\"{Html.Escape(language)}\"");

    /// <summary>An event's date under the heading of its year and month: what the heading does not already say.</summary>
    public static RawHtml EdtfWithin(EdtfValue date, string language)
    {
        if (date is not EdtfCalendarDate { Time: null, Season: null } calendar
            || (calendar.YearQualification | calendar.MonthQualification | calendar.DayQualification) != EdtfQualification.None
            || EdtfWording.MachineReadable(calendar) is not { } machine)
        {
            return Edtf(date, language);
        }
        var edtf = Html.Escape(calendar.ToString());
        var reading = EdtfReading.Of(calendar);
        if (reading.Day is not { } day)
        {
            return new RawHtml($"<time class=\"same-as-heading\" datetime=\"{machine}\" data-edtf=\"{edtf}\">{Html.Escape(EdtfWording.Format(date, language))}</time>");
        }
        var french = string.Equals(LanguageTag.Primary(language), "fr", StringComparison.OrdinalIgnoreCase);
        var text = french && day == 1 ? "1er" : day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new RawHtml($"<time class=\"day\" datetime=\"{machine}\" data-edtf=\"{edtf}\">{text}</time>");
    }

    /// <summary>
    /// <c>du &lt;time datetime="2022-04-01" data-edtf="2022-04-01"&gt;1er&lt;/time&gt; au …</c>: each date in a
    /// <c>&lt;time&gt;</c> where HTML has a form for it, else in a <c>&lt;span&gt;</c>, its EDTF text kept in <c>data-edtf</c>.
    /// </summary>
    public static RawHtml Edtf(EdtfValue date, string language)
    {
        var html = new StringBuilder();
        foreach (var part in EdtfWording.Phrase(date, language).Parts)
        {
            if (part.Date is not { } dated)
            {
                html.Append(Html.Escape(part.Text));
                continue;
            }
            var edtf = Html.Escape(dated.ToString());
            html.Append(EdtfWording.MachineReadable(dated) is { } machine
                ? $"<time datetime=\"{machine}\" data-edtf=\"{edtf}\">{Html.Escape(part.Text)}</time>"
                : $"<span data-edtf=\"{edtf}\">{Html.Escape(part.Text)}</span>");
        }
        return new RawHtml(html.ToString());
    }
}
