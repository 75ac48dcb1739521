using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <param name="Path">The term's entry: <c>glossary/index.html#id</c>.</param>
/// <param name="Url">Where mentions lists are shown (a briefing page), the link already made relative to that page.</param>
/// <param name="ShortDefinition">On a briefing page, so its term list reads (and prints) as notes: term, then definition.</param>
public sealed record TermLinkView(string Id, string Term, string Path, string? Url = null, string? ShortDefinition = null) : SharedView
{
    private static readonly TemplateMembers<TermLinkView> Accessor = TemplateMembers<TermLinkView>.Of(
        ("id", v => v.Id), ("term", v => v.Term), ("path", v => v.Path), ("url", v => v.Url), ("short_definition", v => v.ShortDefinition));

    public override IObjectAccessor Members => Accessor;
}
