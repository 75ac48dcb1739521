using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>A listing page's place among its pages, as Zola's <c>paginator</c>: numbers and root-relative paths.</summary>
public sealed record PaginatorView(int Number, int PageCount, int ItemCount, string? Previous, string? Next, IReadOnlyList<string> Pages) : ITemplateObject
{
    private static readonly TemplateMembers<PaginatorView> Accessor = TemplateMembers<PaginatorView>.Of(
        ("number", v => v.Number), ("page_count", v => v.PageCount), ("item_count", v => v.ItemCount),
        ("previous", v => v.Previous), ("next", v => v.Next), ("pages", v => v.Pages));

    public IObjectAccessor Members => Accessor;
}
