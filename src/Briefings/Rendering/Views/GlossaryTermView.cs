using Briefings.Rendering.Templates;
using Scriban.Runtime;

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
    string Path) : ITemplateObject
{
    /// <summary>How many of the latest citing briefings the glossary page lists under each term.</summary>
    public const int ListedBriefings = 10;

    private static readonly TemplateMembers<GlossaryTermView> Accessor = TemplateMembers<GlossaryTermView>.Of(
        ("id", v => v.Id), ("term", v => v.Term), ("abbreviation", v => v.Abbreviation), ("aliases", v => v.Aliases),
        ("language", v => v.Language), ("definition", v => v.Definition), ("short_definition", v => v.ShortDefinition),
        ("see_also", v => v.SeeAlso), ("sources", v => v.Sources), ("briefings", v => v.Briefings),
        ("briefing_count", v => v.BriefingCount), ("path", v => v.Path), ("more_briefings", v => v.MoreBriefings));

    public IObjectAccessor Members => Accessor;

    /// <summary>How many citing briefings are not listed.</summary>
    public int MoreBriefings => BriefingCount - Briefings.Count;
}
