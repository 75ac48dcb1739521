namespace Briefings.Rendering.Views;

/// <summary>A glossary entry as the glossary page shows it. <see cref="Briefings"/> holds the latest
/// <see cref="ListedBriefings"/> briefings citing it, <see cref="BriefingCount"/> how many there are in all.</summary>
public sealed record GlossaryTermView(
    string Id,
    string Term,
    string? Abbreviation,
    IReadOnlyList<string> Aliases,
    string? Language,
    RawHtml Definition,
    string ShortDefinition,
    IReadOnlyList<TermLinkView> SeeAlso,
    IReadOnlyList<SourceLinkView> Sources,
    IReadOnlyList<BriefingLinkView> Briefings,
    int BriefingCount,
    string Path)
{
    /// <summary>How many of the latest citing briefings the glossary page lists under each term.</summary>
    public const int ListedBriefings = 10;

    /// <summary>How many citing briefings are not listed.</summary>
    public int MoreBriefings => BriefingCount - Briefings.Count;
}
