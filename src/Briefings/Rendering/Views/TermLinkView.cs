using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <param name="Path">The term's entry: <c>glossary/index.html#id</c>.</param>
/// <param name="Url">Where mentions lists are shown (a briefing page), the link already made relative to that page.</param>
/// <param name="Language">The term's language (its own, else the site's): <c>{{ i18n.lang term.language }}</c> marks it on a page in another.</param>
/// <param name="ShortDefinition">On a briefing page, so its term list reads (and prints) as notes: term, then definition.</param>
public sealed record TermLinkView(string Id, string Term, string Path, string? Url = null, string? Language = null, string? ShortDefinition = null) : SharedView
{
    private static readonly TemplateMembers<TermLinkView> Accessor = TemplateMembers<TermLinkView>.Of(
        ("id", v => v.Id), ("term", v => v.Term), ("path", v => v.Path), ("url", v => v.Url), ("language", v => v.Language),
        ("short_definition", v => v.ShortDefinition));

    public override IObjectAccessor Members => Accessor;
}
