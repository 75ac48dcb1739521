using Briefings.Planning;
using CsCheck;

namespace Briefings.Tests.Planning;

public sealed class PaginatorTests
{
    [Fact]
    public void Later_pages_go_under_page_N_beside_the_first_and_link_to_their_neighbours()
    {
        var pages = Paginator.Paginate(itemCount: 25, pageSize: 10, "tags/otsc/index.html");
        Assert.Equal(["tags/otsc/index.html", "tags/otsc/page/2/index.html", "tags/otsc/page/3/index.html"], pages.Select(p => p.Path));
        Assert.Equal([(0, 10), (10, 10), (20, 5)], pages.Select(p => (p.Start, p.Length)));
        Assert.Null(pages[0].Previous);
        Assert.Equal("tags/otsc/page/2/index.html", pages[0].Next);
        Assert.Equal("tags/otsc/index.html", pages[1].Previous);
        Assert.Null(pages[2].Next);
        Assert.All(pages, p => Assert.Equal(3, p.PageCount));
    }

    [Fact]
    public void An_empty_listing_still_has_its_first_page()
    {
        var page = Assert.Single(Paginator.Paginate(0, 10, "index.html"));
        Assert.Equal(("index.html", 0, 0, 1), (page.Path, page.Start, page.Length, page.PageCount));
    }

    [Fact]
    public void Unpaged_listings_are_one_page_of_everything()
    {
        var page = Assert.Single(Paginator.Paginate(100_000, Paginator.Unpaged, "index.html"));
        Assert.Equal((0, 100_000), (page.Start, page.Length));
    }

    [Fact]
    public void Every_item_is_on_exactly_one_page_in_order()
    {
        Gen.Select(Gen.Int[0, 5_000], Gen.Int[1, 700]).Sample((count, size) =>
        {
            var items = Enumerable.Range(0, count).ToList();
            var pages = Paginator.Paginate(count, size, "index.html");
            var shown = pages.SelectMany(p => p.Slice(items)).ToList();
            return shown.SequenceEqual(items)
                && pages.All(p => p.Length <= size)
                && pages.Select(p => p.Path).Distinct().Count() == pages.Count;
        });
    }
}
