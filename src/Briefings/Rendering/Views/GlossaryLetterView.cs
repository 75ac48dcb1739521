using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <param name="Id">An anchor no term id can take (ids have no underscore): <c>_e</c>.</param>
public sealed record GlossaryLetterView(string Letter, string Id, IReadOnlyList<GlossaryTermView> Terms) : ITemplateObject
{
    private static readonly TemplateMembers<GlossaryLetterView> Accessor = TemplateMembers<GlossaryLetterView>.Of(
        ("letter", v => v.Letter), ("id", v => v.Id), ("terms", v => v.Terms));

    public IObjectAccessor Members => Accessor;
}
