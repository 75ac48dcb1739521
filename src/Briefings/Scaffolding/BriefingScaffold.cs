using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Text;

namespace Briefings.Scaffolding;

/// <summary>
/// <c>briefings new briefing</c> as data: the Markdown file of a new briefing, its front matter written by
/// <see cref="FrontMatterWriter"/> so that any title (<c>: </c>, quotes, <c>#</c>, emoji) reads back as typed.
/// </summary>
public static class BriefingScaffold
{
    public const string Folder = "content/briefings";

    /// <summary>The slug a title gives its file: folded as the build folds file names (<c>Été à Kyiv</c> → <c>ete-a-kyiv</c>);
    /// a title with nothing to spell in ASCII (<c>北京</c>) gets <c>briefing-</c> and a short hash, as the build would.</summary>
    public static string SlugOf(string title)
    {
        var slug = Slug.From(title);
        return slug.Length is > 0 and <= Slug.MaxLength ? slug : Slug.FromOrHash(title, "briefing");
    }

    /// <summary>The new briefing's file, <c>content/briefings/&lt;slug&gt;.md</c>.</summary>
    /// <param name="language">A BCP 47 tag, or null to leave it to the site's.</param>
    public static ScaffoldFile Create(string title, DateOnly date, string? language, IReadOnlyList<string> tags)
    {
        var frontMatter = new BriefingFrontMatter(title.Trim(), date)
        {
            Language = language,
            Tags = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToValueList(),
        };
        var body = BodyFor(language);
        return new ScaffoldFile($"{Folder}/{SlugOf(title)}.md", FrontMatterWriter.ToFrontMatterBlock(frontMatter) + "\n" + body);
    }

    /// <summary>What already holds this slug and would make the new file a second briefing of one address (or be overwritten):
    /// the <c>.md</c> itself, a plain-text <c>.txt</c> or its <c>.yml</c>, or a page bundle's folder.</summary>
    public static IReadOnlyList<string> Rivals(string slug) =>
        [$"{Folder}/{slug}.md", $"{Folder}/{slug}.txt", $"{Folder}/{slug}.yml", $"{Folder}/{slug}"];

    /// <summary>The language <c>content/site.yml</c> sets (what a briefing without <c>language:</c> is in), read as the build reads it.</summary>
    public static string SiteLanguage(string siteYaml) =>
        SiteConfigLoader.Load(new SiteInput([InputFile.FromText(SiteConfigLoader.Path, siteYaml)]), BuildOptions.Default, new DiagnosticBag()).Language;

    private static string BodyFor(string? language) => language is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase)
        ? "Écrivez ici le texte de la note, en Markdown. Les termes du glossaire y seront liés à leur première mention.\n"
        : "Write the briefing here, in Markdown. Glossary terms will be linked where they are first mentioned.\n";
}
