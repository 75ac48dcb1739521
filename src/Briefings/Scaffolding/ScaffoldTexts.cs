namespace Briefings.Scaffolding;

/// <summary>The texts of a new site in one language. <c>{date}</c> and <c>{year}</c> are filled in by <see cref="SiteScaffold"/>.</summary>
public sealed record ScaffoldTexts(string SampleSlug, string GlossaryFile, string TimelineFile, string SiteYaml, string Sample, string Glossary, string Timeline, string Readme)
{
    public static ScaffoldTexts English { get; } = EnglishScaffold.Texts;

    public static ScaffoldTexts French { get; } = FrenchScaffold.Texts;
}
