using Briefings.Configuration;
using Briefings.Localization;
using Briefings.Planning;
using Briefings.Routing;

namespace Briefings.Publishing;

/// <summary>
/// Where a page sits, from the home page down to it, as the site's navigation has it: a tag's page under the tags, a
/// term's under the glossary, any page of a timeline (a year, a tag's, an actor's) under the timeline.
/// </summary>
public static class Breadcrumbs
{
    /// <returns>The trail's names and root-relative paths, the page itself last; a single step for the home page, none for the 404 page.</returns>
    public static IReadOnlyList<(string Name, string Path)> Of(PlannedPage page, SiteConfig config, Translations translations)
    {
        if (page.Data is NotFoundData) return [];
        var trail = new List<(string Name, string Path)> { (config.Title, Router.Home) };
        string Title(string key) => translations.Get(config.Language, key);
        switch (page.Data)
        {
            case TagData: trail.Add((Title("tags.title"), Router.Tags)); break;
            case TimelineData: trail.Add((Title("timeline.title"), Router.Timeline)); break;
            case GlossaryTermData: trail.Add((Title("glossary.title"), Router.Glossary)); break;
        }
        if (trail[^1].Path != page.Path) trail.Add((page.Page.Title, page.Path));
        return trail;
    }
}
