using Briefings.Planning;
using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>A listing page's place among its pages, as Zola's <c>paginator</c>: numbers and root-relative paths.</summary>
/// <param name="Links">The numbered links a pager shows: the first and last pages and those around this one, with gaps between.</param>
public sealed record PaginatorView(int Number, int PageCount, int ItemCount, string? Previous, string? Next, string First, string Last,
    IReadOnlyList<PagerLinkView> Links) : ITemplateObject
{
    /// <summary>How many pages on each side of the current one get their own link.</summary>
    public const int Around = 2;

    private static readonly TemplateMembers<PaginatorView> Accessor = TemplateMembers<PaginatorView>.Of(
        ("number", v => v.Number), ("page_count", v => v.PageCount), ("item_count", v => v.ItemCount),
        ("previous", v => v.Previous), ("next", v => v.Next), ("first", v => v.First), ("last", v => v.Last), ("links", v => v.Links));

    public IObjectAccessor Members => Accessor;

    /// <summary>
    /// The pager of one page. A listing of 5,000 pages cannot link every page from each (25 million links, and no
    /// reader scans them): like Hugo's and most sites' pagers, it links the first and last pages and two on each
    /// side of this one, a gap standing for a run of two or more pages left out (a single one is linked instead).
    /// </summary>
    public static PaginatorView Of(Pager pager)
    {
        var links = new List<PagerLinkView>();
        var from = Math.Max(1, pager.Number - Around);
        var to = Math.Min(pager.PageCount, pager.Number + Around);
        if (from <= 3) from = 1;
        if (to >= pager.PageCount - 2) to = pager.PageCount;
        if (from > 1)
        {
            links.Add(Link(pager, 1));
            links.Add(new PagerLinkView(0, null, false, true));
        }
        for (var number = from; number <= to; number++) links.Add(Link(pager, number));
        if (to < pager.PageCount)
        {
            links.Add(new PagerLinkView(0, null, false, true));
            links.Add(Link(pager, pager.PageCount));
        }
        return new PaginatorView(pager.Number, pager.PageCount, pager.ItemCount, pager.Previous, pager.Next,
            pager.Pages[0], pager.Pages[^1], links);
    }

    private static PagerLinkView Link(Pager pager, int number) => new(number, pager.Pages[number - 1], number == pager.Number, false);
}
