namespace Briefings.Planning;

/// <summary>
/// One page of a paginated listing, in the manner of Zola's paginator: which slice of the items it
/// shows and the addresses of its neighbours. Only slices and names; the items stay where they are.
/// </summary>
/// <param name="Number">1-based.</param>
/// <param name="PageCount">How many pages the listing has; at least one, even for no items.</param>
/// <param name="Start">Index of the first item shown.</param>
/// <param name="Length">How many items it shows.</param>
/// <param name="ItemCount">How many items the whole listing has.</param>
/// <param name="Path">Where this page is written.</param>
/// <param name="Pages">The path of every page of the listing, first to last, for numbered links.</param>
public sealed record Pager(int Number, int PageCount, int Start, int Length, int ItemCount, string Path, IReadOnlyList<string> Pages)
{
    public string? Previous => Number > 1 ? Pages[Number - 2] : null;

    public string? Next => Number < PageCount ? Pages[Number] : null;

    /// <summary>The items of this page, out of the listing's whole list.</summary>
    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items) =>
        Start == 0 && Length == items.Count ? items : items.Skip(Start).Take(Length).ToList();
}
