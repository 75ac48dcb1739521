using Briefings.Localization;
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
}
