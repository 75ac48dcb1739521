namespace Briefings.Rendering.Views;

/// <summary>A glossary entry as the glossary page shows it.</summary>
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
    string Path);
