using Briefings.Planning;
using Briefings.Rendering.Views;

namespace Briefings.Tests.Rendering;

/// <summary>The numbered links of a pager: what a reader sees between "previous" and "next".</summary>
public sealed class PaginatorViewTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 7, "1 2 3 … 7")]
    [InlineData(4, 7, "1 2 3 4 5 6 7")]
    [InlineData(1, 500, "1 2 3 … 500")]
    [InlineData(5, 500, "1 2 3 4 5 6 7 … 500")]
    [InlineData(6, 500, "1 … 4 5 6 7 8 … 500")]
    [InlineData(250, 500, "1 … 248 249 250 251 252 … 500")]
    [InlineData(496, 500, "1 … 494 495 496 497 498 499 500")]
    [InlineData(500, 500, "1 … 498 499 500")]
    public void A_pager_links_the_ends_and_two_pages_around_the_current_one(int number, int count, string expected)
    {
        var view = PaginatorView.Of(Pager(number, count));
        Assert.Equal(expected, string.Join(' ', view.Links.Select(l => l.Gap ? "…" : l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Single(view.Links, l => l.Current);
        Assert.Equal(number, view.Links.Single(l => l.Current).Number);
        Assert.All(view.Links.Where(l => !l.Gap), l => Assert.Equal(Path(l.Number), l.Path));
        Assert.Equal((Path(1), Path(count)), (view.First, view.Last));
    }

    [Fact]
    public void Every_page_of_a_long_listing_is_reached_by_following_pager_links_and_none_links_more_than_nine()
    {
        const int count = 1_000;
        var seen = new HashSet<int> { 1 };
        var queue = new Queue<int>([1]);
        while (queue.TryDequeue(out var number))
        {
            var links = PaginatorView.Of(Pager(number, count)).Links;
            Assert.True(links.Count <= 9, $"page {number} shows {links.Count} links");
            foreach (var link in links.Where(l => !l.Gap && seen.Add(l.Number))) queue.Enqueue(link.Number);
        }
        Assert.Equal(count, seen.Count);
    }

    private static string Path(int number) => number == 1 ? "index.html" : $"page/{number}/index.html";

    private static Pager Pager(int number, int count) =>
        new(number, count, (number - 1) * 20, 20, count * 20, Path(number), Enumerable.Range(1, count).Select(Path).ToList());
}
