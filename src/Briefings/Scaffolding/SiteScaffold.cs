using System.Globalization;

namespace Briefings.Scaffolding;

/// <summary>
/// <c>briefings new site</c> as data: a site that builds and passes <c>check</c> at once, whose sample briefing
/// mentions a glossary term and is named by a timeline event, so the first page an editor opens shows both features.
/// Every text exists in English and French (<see cref="ScaffoldLanguage"/>).
/// </summary>
public static class SiteScaffold
{
    /// <summary>The file names beside the site's own: the output, the build's work folder beside it and its cache.</summary>
    public const string GitIgnore = "_site/\n._site.briefings/\n.briefings-cache/\n";

    /// <param name="language"><c>en</c> or <c>fr</c> (see <see cref="ScaffoldLanguage.Normalize"/>).</param>
    /// <param name="today">The sample's date, and the year of its copyright line.</param>
    public static IReadOnlyList<ScaffoldFile> Files(string language, DateOnly today)
    {
        var texts = language == "fr" ? ScaffoldTexts.French : ScaffoldTexts.English;
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var year = today.Year.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(".gitignore", GitIgnore),
            new("README.md", texts.Readme),
            new("content/site.yml", texts.SiteYaml.Replace("{year}", year, StringComparison.Ordinal)),
            new($"content/briefings/{texts.SampleSlug}.md", texts.Sample.Replace("{date}", date, StringComparison.Ordinal)),
            new($"content/glossary/{texts.GlossaryFile}.yml", texts.Glossary),
            new($"content/timeline/{texts.TimelineFile}.yml", texts.Timeline.Replace("{date}", date, StringComparison.Ordinal)),
        ];
    }
}
