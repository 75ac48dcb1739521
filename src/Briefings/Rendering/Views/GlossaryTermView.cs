using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>A glossary term as the index and its own page show it.</summary>
/// <param name="Path">The term's own page: <c>glossary/id/index.html</c>.</param>
/// <param name="BriefingCount">How many briefings cite it; its page lists them all.</param>
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
    int BriefingCount,
    string Path) : SharedView
{
    private static readonly TemplateMembers<GlossaryTermView> Accessor = TemplateMembers<GlossaryTermView>.Of(
        ("id", v => v.Id), ("term", v => v.Term), ("abbreviation", v => v.Abbreviation), ("aliases", v => v.Aliases),
        ("language", v => v.Language), ("definition", v => v.Definition), ("short_definition", v => v.ShortDefinition),
        ("see_also", v => v.SeeAlso), ("sources", v => v.Sources), ("briefing_count", v => v.BriefingCount), ("path", v => v.Path));

    public override IObjectAccessor Members => Accessor;
}
