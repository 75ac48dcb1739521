using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>A listing page's place among its pages, as Zola's <c>paginator</c>: numbers and root-relative paths.</summary>
/// <param name="Pages">The path of every page, the current one included.</param>
/// <param name="Before">Links to the pages before the current one, first to last.</param>
/// <param name="After">Links to the pages after it. With <see cref="Before"/>, the numbered links without a
/// comparison per page in the template: a listing of N pages writes N links on each of its N pages.</param>
public sealed record PaginatorView(int Number, int PageCount, int ItemCount, string? Previous, string? Next,
    SharedList<string> Pages, SharedList<PageLinkView> Before, SharedList<PageLinkView> After) : ITemplateObject
{
    private static readonly TemplateMembers<PaginatorView> Accessor = TemplateMembers<PaginatorView>.Of(
        ("number", v => v.Number), ("page_count", v => v.PageCount), ("item_count", v => v.ItemCount),
        ("previous", v => v.Previous), ("next", v => v.Next), ("pages", v => v.Pages), ("before", v => v.Before), ("after", v => v.After));

    public IObjectAccessor Members => Accessor;
}
