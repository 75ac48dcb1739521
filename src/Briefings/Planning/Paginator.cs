using Briefings.Routing;

namespace Briefings.Planning;

/// <summary>Cuts a listing into pages of at most a given size, named by the router (<c>page/2/index.html</c>…).</summary>
public static class Paginator
{
    /// <summary>No limit: the whole listing on one page.</summary>
    public const int Unpaged = int.MaxValue;

    /// <param name="itemCount">How many items the listing has.</param>
    /// <param name="pageSize">At most this many per page.</param>
    /// <param name="first">The address of the first page; later pages are <see cref="Router.Paged"/> from it.</param>
    public static IReadOnlyList<Pager> Paginate(int itemCount, int pageSize, string first)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var count = Math.Max(1, (int)((itemCount + (long)pageSize - 1) / pageSize));
        var paths = Enumerable.Range(1, count).Select(n => Router.Paged(first, n)).ToList();
        return paths.Select((path, i) =>
        {
            var start = (int)Math.Min((long)i * pageSize, itemCount);
            return new Pager(i + 1, count, start, Math.Min(pageSize, itemCount - start), itemCount, path, paths);
        }).ToList();
    }
}
