namespace Briefings.Scaffolding;

/// <summary>The languages a scaffold is written in: those the default theme and its date wording speak.</summary>
public static class ScaffoldLanguage
{
    /// <summary>English, as <c>site.yml</c>'s own default language is.</summary>
    public const string Default = "en";

    public static IReadOnlyList<string> All { get; } = ["en", "fr"];

    /// <summary>The language as a scaffold names it (<c>FR</c> → <c>fr</c>), or null when no scaffold is written in it.</summary>
    public static string? Normalize(string language)
    {
        var lower = language.Trim().ToLowerInvariant();
        return All.Contains(lower) ? lower : null;
    }
}
